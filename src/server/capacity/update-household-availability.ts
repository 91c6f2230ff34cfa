import type { UpdateAvailability } from "../../domain/capacity/availability-form";
import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";
import { availabilityRefusal } from "./availability-refusal";

/** The household or a recruiter of its organisation records what the household offers now. */
export async function updateHouseholdAvailability(
  db: Database,
  claims: Claims,
  update: UpdateAvailability,
): Promise<{ version: number }> {
  try {
    const [row] = await withUser(db, claims, (tx) =>
      tx.query<{ version: number }>(
        "select app.update_household_availability($1, $2, $3, $4, $5, $6) as version",
        [
          update.householdId,
          update.expectedVersion,
          update.placesFree,
          update.availableFrom,
          update.availableUntil,
          update.status,
        ],
      ),
    );
    return { version: row.version };
  } catch (error) {
    throw availabilityRefusal(error, claims) ?? error;
  }
}
