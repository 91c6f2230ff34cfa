import type { MailTemplateKey } from "../../domain/mail-templates/templates";
import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";

export interface SentApplicantMail {
  id: string;
  templateKey: MailTemplateKey;
  subject: string;
  outboxId: string;
  sentBy: string | null;
  sentAt: Date;
}

/**
 * Mail sent to one application, as the caller may see it: its organisation's staff, or the applicant
 * (RLS). Staff reach it from the applicant page, whose read is logged there.
 */
export async function listApplicantMails(
  db: Database,
  claims: Claims,
  applicationId: string,
): Promise<SentApplicantMail[]> {
  const rows = await withUser(db, claims, (tx) =>
    tx.query<{
      id: string;
      template_key: MailTemplateKey;
      subject: string;
      outbox_id: string;
      sent_by: string | null;
      sent_at: Date;
    }>(
      `select id, template_key, subject, outbox_id, sent_by, sent_at from public.applicant_mails
     where application_id = $1 order by sent_at, id`,
      [applicationId],
    ),
  );
  return rows.map((row) => ({
    id: row.id,
    templateKey: row.template_key,
    subject: row.subject,
    outboxId: row.outbox_id,
    sentBy: row.sent_by,
    sentAt: new Date(row.sent_at),
  }));
}
