import { isPermissionDenied, notAllowedMessage, UserFacingError } from "../errors";
import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";

export async function withdrawStaffInvitation(
  db: Database,
  claims: Claims,
  invitationId: string,
): Promise<void> {
  try {
    await withUser(db, claims, (tx) => tx.query("select app.withdraw_staff_invitation($1)", [invitationId]));
  } catch (error) {
    if (isPermissionDenied(error)) throw new UserFacingError(notAllowedMessage);
    throw error;
  }
}
