import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";

/**
 * Runs once after a successful sign-in: pending staff invitations for this address become roles, and
 * an application made with this address becomes this account's.
 */
export async function completeSignIn(db: Database, claims: Claims): Promise<void> {
  await withUser(db, claims, async (tx) => {
    await tx.query("select app.accept_staff_invitations()");
    await tx.query("select app.claim_my_application()");
  });
}
