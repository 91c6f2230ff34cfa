/** Availability not confirmed for this long is stale: shown as such and demoted in matching. */
export const staleAfterDays = 90;

export function daysSince(moment: Date, now: Date = new Date()): number {
  return Math.floor((now.getTime() - moment.getTime()) / 86_400_000);
}

export function isStale(capacityUpdatedAt: Date, now: Date = new Date()): boolean {
  return daysSince(capacityUpdatedAt, now) > staleAfterDays;
}
