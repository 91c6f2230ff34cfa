import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";
import { recruitmentOrganisations } from "../staff/recruitment-scope";
import {
  type AvailabilityRow,
  availabilityColumns,
  type HouseholdAvailability,
  toHouseholdAvailability,
} from "./household-availability";

/** One household of the recruiter's (or admin's) own organisations; undefined for any other (the page answers 404). */
export async function getHouseholdForRecruiter(
  db: Database,
  claims: Claims,
  householdId: string,
): Promise<HouseholdAvailability | undefined> {
  const [row] = await withUser(db, claims, (tx) =>
    tx.query<AvailabilityRow>(
      `select ${availabilityColumns} from public.households h
       where h.id = $1 and h.organisation_id in ${recruitmentOrganisations}`,
      [householdId],
    ),
  );
  return row ? toHouseholdAvailability(row) : undefined;
}
