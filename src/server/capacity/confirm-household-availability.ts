import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";
import { availabilityRefusal } from "./availability-refusal";

/** "Klopt nog": the household or a recruiter of its organisation confirms the availability as shown. */
export async function confirmHouseholdAvailability(
  db: Database,
  claims: Claims,
  confirmation: { householdId: string; expectedVersion: number },
): Promise<{ version: number }> {
  try {
    const [row] = await withUser(db, claims, (tx) =>
      tx.query<{ version: number }>("select app.confirm_household_availability($1, $2) as version", [
        confirmation.householdId,
        confirmation.expectedVersion,
      ]),
    );
    return { version: row.version };
  } catch (error) {
    throw availabilityRefusal(error, claims) ?? error;
  }
}
