import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";

/**
 * Runs once after a successful sign-in: an application made with this address becomes this account's.
 * Staff invitations are not accepted here; the invited person accepts with the link from their mail.
 */
export async function completeSignIn(db: Database, claims: Claims): Promise<void> {
  await withUser(db, claims, async (tx) => {
    await tx.query("select app.claim_my_application()");
  });
}
