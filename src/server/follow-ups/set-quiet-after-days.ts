import { isPermissionDenied, notAllowedMessage, UserFacingError } from "../errors";
import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";

/** An admin changes after how many quiet days the board flags an applicant (the function checks the role and writes the audit log). */
export async function setQuietAfterDays(
  db: Database,
  claims: Claims,
  organisationId: string,
  days: number,
): Promise<void> {
  try {
    await withUser(db, claims, (tx) =>
      tx.query("select app.set_quiet_after_days($1, $2)", [organisationId, days]),
    );
  } catch (error) {
    if (isPermissionDenied(error)) throw new UserFacingError(notAllowedMessage);
    throw error;
  }
}
