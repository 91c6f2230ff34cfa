import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";

/**
 * Ends the caller's application. With `keepData` they consent to us keeping it up to a year (so they
 * can pick it up again); without, it is deleted within the organisation's period of at most 4 weeks.
 */
export async function withdrawMyApplication(
  db: Database,
  claims: Claims,
  reason: string | undefined,
  keepData: boolean,
): Promise<void> {
  await withUser(db, claims, async (tx) => {
    await tx.query("select app.withdraw_my_application($1)", [reason ?? null]);
    await tx.query("select app.keep_my_data_after_ending($1)", [keepData]);
  });
}
