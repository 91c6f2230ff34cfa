import { deletionRequestConfirmationEmail } from "../mail/templates/application-ended";
import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";
import { endedApplicationMail } from "./ended-application-mail";

/**
 * Records the request (and audits it); the organisation deletes within the retention period. The
 * applicant gets a confirmation, once: a second request changes nothing and mails nothing.
 */
export async function requestApplicationDeletion(
  db: Database,
  claims: Claims,
  myApplicationUrl: string,
): Promise<void> {
  await withUser(db, claims, async (tx) => {
    const [{ requested }] = await tx.query<{ requested: boolean }>(
      `select exists (select 1 from public.applications
                      where user_id = (select auth.uid()) and deletion_requested_at is not null) as requested`,
    );
    await tx.query("select app.request_deletion_of_my_application()");
    const own = await endedApplicationMail(tx, myApplicationUrl);
    if (own && !requested) tx.queueMail(deletionRequestConfirmationEmail(own));
  });
}
