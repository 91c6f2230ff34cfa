import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";

export async function withdrawMyApplication(
  db: Database,
  claims: Claims,
  reason: string | undefined,
): Promise<void> {
  await withUser(db, claims, (tx) => tx.query("select app.withdraw_my_application($1)", [reason ?? null]));
}
