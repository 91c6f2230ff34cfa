import { withdrawalConfirmationEmail } from "../mail/templates/application-ended";
import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";
import { endedApplicationMail } from "./ended-application-mail";

/**
 * Ends the caller's application. With `keepData` they consent to us keeping it up to a year (so they
 * can pick it up again); without, it is deleted within the organisation's period of at most 4 weeks.
 * The confirmation goes out in the same transaction, only when this call ended it (not on a repeat).
 */
export async function withdrawMyApplication(
  db: Database,
  claims: Claims,
  reason: string | undefined,
  keepData: boolean,
  myApplicationUrl: string,
): Promise<void> {
  await withUser(db, claims, async (tx) => {
    const before = await endedApplicationMail(tx, myApplicationUrl);
    await tx.query("select app.withdraw_my_application($1)", [reason ?? null]);
    await tx.query("select app.keep_my_data_after_ending($1)", [keepData]);
    const after = await endedApplicationMail(tx, myApplicationUrl);
    if (before && after && before.status !== after.status && after.status === "withdrawn") {
      tx.queueMail(withdrawalConfirmationEmail(after, after.keepData));
    }
  });
}
