import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";

/** Runs once after a successful sign-in: pending staff invitations for this address become roles. */
export async function completeSignIn(db: Database, claims: Claims): Promise<void> {
  await withUser(db, claims, (tx) => tx.query("select public.accept_staff_invitations()"));
}
