import { isInvalidParameter, isPermissionDenied, notAllowedMessage, UserFacingError } from "../errors";
import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";

export async function revokeStaffRole(db: Database, claims: Claims, membershipId: string): Promise<void> {
  try {
    await withUser(db, claims, (tx) => tx.query("select app.revoke_staff_role($1)", [membershipId]));
  } catch (error) {
    if (isPermissionDenied(error)) throw new UserFacingError(notAllowedMessage);
    if (isInvalidParameter(error))
      throw new UserFacingError("Je kunt je eigen beheerdersrol niet intrekken.");
    throw error;
  }
}
