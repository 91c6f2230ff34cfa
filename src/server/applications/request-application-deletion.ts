import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";

/** Records the request (and audits it); the organisation deletes within the retention period. */
export async function requestApplicationDeletion(db: Database, claims: Claims): Promise<void> {
  await withUser(db, claims, (tx) => tx.query("select app.request_deletion_of_my_application()"));
}
