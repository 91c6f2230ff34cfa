import type { HouseholdCultureInput } from "../../domain/capacity/household-culture";
import { isPermissionDenied, notAllowedMessage, UserFacingError } from "../errors";
import type { Database, SqlExecutor } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";

/** The household's religion or culture, for a recruiter of its organisation; the read is logged. */
export async function getHouseholdCulture(
  db: Database,
  claims: Claims,
  householdId: string,
): Promise<string | null> {
  const [row] = await withUser(db, claims, (tx) =>
    tx.query<{ culture: string | null }>("select app.household_culture($1) as culture", [householdId]),
  );
  return row.culture;
}

/** Records (or clears) it in the caller's transaction, so approval can write it with the household. */
export async function writeHouseholdCulture(
  tx: SqlExecutor,
  householdId: string,
  religionCulture: string | null,
): Promise<void> {
  await tx.query("select app.set_household_culture($1, $2)", [householdId, religionCulture]);
}

/** A recruiter of the household's organisation records its religion or culture; audited without the value. */
export async function setHouseholdCulture(
  db: Database,
  claims: Claims,
  input: HouseholdCultureInput,
): Promise<void> {
  try {
    await withUser(db, claims, (tx) => writeHouseholdCulture(tx, input.householdId, input.religionCulture));
  } catch (error) {
    if (isPermissionDenied(error)) throw new UserFacingError(notAllowedMessage);
    throw error;
  }
}
