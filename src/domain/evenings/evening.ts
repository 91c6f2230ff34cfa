export const eveningStatuses = ["scheduled", "cancelled"] as const;
export type EveningStatus = (typeof eveningStatuses)[number];

export const registrationStatuses = ["registered", "waitlisted", "cancelled", "attended", "no_show"] as const;
export type RegistrationStatus = (typeof registrationStatuses)[number];

/** What `register_for_evening` answers. */
export type RegistrationOutcome = "registered" | "waitlisted";

/** What cancelling a registration answers. */
export type CancellationOutcome = "cancelled" | "already_cancelled" | "closed";
/** What the person who cancelled is told: leaving the waiting list frees no place for anyone. */
export type CancelPageOutcome = CancellationOutcome | "left_waiting_list";

export interface EveningLocation {
  name: string;
  address: string | null;
  city: string;
}

/** An information evening as anyone may see it: never the join link. */
export interface InformationEvening {
  id: string;
  organisationId: string;
  organisationName: string;
  regionSlug: string;
  regionName: string;
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  online: boolean;
  /** Where it is held; null for an online evening. */
  location: EveningLocation | null;
  capacity: number;
  placesTaken: number;
  status: EveningStatus;
  /** Raised whenever the time or place changes (the calendar invitation's SEQUENCE). */
  revision: number;
}

export function placesLeft(evening: Pick<InformationEvening, "capacity" | "placesTaken">): number {
  return Math.max(0, evening.capacity - evening.placesTaken);
}

export function isFull(evening: Pick<InformationEvening, "capacity" | "placesTaken">): boolean {
  return placesLeft(evening) === 0;
}
