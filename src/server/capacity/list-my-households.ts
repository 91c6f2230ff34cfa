import type { HouseholdStatus } from "../../domain/capacity/labels";
import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";

export interface MyHousehold {
  id: string;
  label: string;
  organisationName: string;
  status: HouseholdStatus;
  placesTotal: number;
  placesFree: number;
  availableFrom: string | null;
  availableUntil: string | null;
  capacityUpdatedAt: Date;
  version: number;
  confirmEveryWeeks: number;
}

/** The households whose contact address is the signed-in person's own: what they confirm at /mijn. */
export async function listMyHouseholds(db: Database, claims: Claims): Promise<MyHousehold[]> {
  const rows = await withUser(db, claims, (tx) =>
    tx.query<{
      id: string;
      label: string;
      organisation_name: string;
      status: HouseholdStatus;
      places_total: number;
      places_free: number;
      available_from: string | null;
      available_until: string | null;
      capacity_updated_at: Date;
      availability_version: number;
      confirm_every_weeks: number;
    }>(
      `select id, label, organisation_name, status, places_total, places_free,
              to_char(available_from, 'YYYY-MM-DD') as available_from,
              to_char(available_until, 'YYYY-MM-DD') as available_until,
              capacity_updated_at, availability_version, confirm_every_weeks
       from app.my_households()`,
    ),
  );
  return rows.map((row) => ({
    id: row.id,
    label: row.label,
    organisationName: row.organisation_name,
    status: row.status,
    placesTotal: row.places_total,
    placesFree: row.places_free,
    availableFrom: row.available_from,
    availableUntil: row.available_until,
    capacityUpdatedAt: new Date(row.capacity_updated_at),
    version: row.availability_version,
    confirmEveryWeeks: row.confirm_every_weeks,
  }));
}
