import type { HouseholdKind, HouseholdStatus } from "../../domain/capacity/labels";
import { recruitsFor } from "../staff/recruitment-scope";

/** A household's availability as the forms show it, with how often it should be confirmed. */
export interface HouseholdAvailability {
  id: string;
  label: string;
  kind: HouseholdKind;
  municipality: string;
  status: HouseholdStatus;
  placesTotal: number;
  placesFree: number;
  /** Calendar dates as "2026-12-03", or null when open. */
  availableFrom: string | null;
  availableUntil: string | null;
  capacityUpdatedAt: Date;
  /** Whoever confirmed last was the person looking, for "door jou". */
  confirmedByCaller: boolean;
  version: number;
  confirmEveryWeeks: number;
  stale: boolean;
  /** Whether the caller recruits for its organisation and so keeps it up to date (an admin reads along). */
  maintainedByCaller: boolean;
}

/** The columns every availability query selects, over `public.households h`. */
export const availabilityColumns = `
  h.id, h.label, h.kind, h.municipality, h.status, h.places_total, h.places_free,
  to_char(h.available_from, 'YYYY-MM-DD') as available_from, to_char(h.available_until, 'YYYY-MM-DD') as available_until,
  h.capacity_updated_at, h.capacity_updated_by = (select auth.uid()) as confirmed_by_caller,
  h.availability_version, private.capacity_confirm_weeks(h.organisation_id) as confirm_every_weeks,
  h.status <> 'inactive' and private.capacity_is_stale(h.organisation_id, h.capacity_updated_at) as stale,
  ${recruitsFor("h.organisation_id")} as maintained_by_caller`;

export interface AvailabilityRow {
  id: string;
  label: string;
  kind: HouseholdKind;
  municipality: string;
  status: HouseholdStatus;
  places_total: number;
  places_free: number;
  available_from: string | null;
  available_until: string | null;
  capacity_updated_at: Date;
  confirmed_by_caller: boolean | null;
  availability_version: number;
  confirm_every_weeks: number;
  stale: boolean;
  maintained_by_caller: boolean;
}

export function toHouseholdAvailability(row: AvailabilityRow): HouseholdAvailability {
  return {
    id: row.id,
    label: row.label,
    kind: row.kind,
    municipality: row.municipality,
    status: row.status,
    placesTotal: row.places_total,
    placesFree: row.places_free,
    availableFrom: row.available_from,
    availableUntil: row.available_until,
    capacityUpdatedAt: new Date(row.capacity_updated_at),
    confirmedByCaller: row.confirmed_by_caller === true,
    version: row.availability_version,
    confirmEveryWeeks: row.confirm_every_weeks,
    stale: row.stale,
    maintainedByCaller: row.maintained_by_caller,
  };
}
