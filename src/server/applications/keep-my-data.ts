import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";

/**
 * After a withdrawal or a rejection: consent to keeping the data at most a year instead of deleting
 * it within 4 weeks, or taking that consent back. Changes nothing after a deletion request.
 */
export async function keepMyData(db: Database, claims: Claims, keep: boolean): Promise<void> {
  await withUser(db, claims, (tx) => tx.query("select app.keep_my_data_after_ending($1)", [keep]));
}
