import { formatDate } from "../format";

/** How often households confirm their availability unless their organisation sets otherwise. */
export const defaultConfirmEveryWeeks = 6;

export function daysSince(moment: Date, now: Date = new Date()): number {
  return Math.floor((now.getTime() - moment.getTime()) / 86_400_000);
}

/** Availability not confirmed for `confirmEveryWeeks` weeks is stale: marked in lists and demoted in matching. */
export function isStale(
  capacityUpdatedAt: Date,
  confirmEveryWeeks: number = defaultConfirmEveryWeeks,
  now: Date = new Date(),
): boolean {
  return now.getTime() - capacityUpdatedAt.getTime() > confirmEveryWeeks * 7 * 86_400_000;
}

/** How a list says when availability was last confirmed, marking a stale one. */
export function freshnessText(capacityUpdatedAt: Date, stale: boolean): string {
  return stale
    ? `Niet bevestigd sinds ${formatDate(capacityUpdatedAt)}`
    : `Bevestigd op ${formatDate(capacityUpdatedAt)}`;
}
