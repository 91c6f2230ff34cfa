import { isInvalidParameter, isPermissionDenied, notAllowedMessage, UserFacingError } from "../errors";
import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";

/** Staff note, once the evening has begun, whether someone with a place came. */
export async function recordEveningAttendance(
  db: Database,
  claims: Claims,
  registrationId: string,
  attended: boolean,
): Promise<void> {
  try {
    await withUser(db, claims, (tx) =>
      tx.query("select app.record_evening_attendance($1, $2)", [registrationId, attended]),
    );
  } catch (error) {
    if (isPermissionDenied(error)) throw new UserFacingError(notAllowedMessage);
    if (isInvalidParameter(error)) {
      throw new UserFacingError(
        "Aanwezigheid leg je vast voor aangemelde mensen, vanaf het begin van de bijeenkomst.",
      );
    }
    throw error;
  }
}
