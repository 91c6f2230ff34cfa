import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";
import { recruitmentOrganisations } from "../staff/recruitment-scope";
import {
  type AvailabilityRow,
  availabilityColumns,
  type HouseholdAvailability,
  toHouseholdAvailability,
} from "./household-availability";

/** The recruiter's (or admin's) capacity page: their organisations' households, longest unconfirmed first. */
export async function listOrganisationHouseholds(
  db: Database,
  claims: Claims,
): Promise<HouseholdAvailability[]> {
  const rows = await withUser(db, claims, (tx) =>
    tx.query<AvailabilityRow>(
      `select ${availabilityColumns} from public.households h
       where h.organisation_id in ${recruitmentOrganisations}
       order by h.status = 'inactive', h.capacity_updated_at, h.label`,
    ),
  );
  return rows.map(toHouseholdAvailability);
}
