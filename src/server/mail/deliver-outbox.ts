import type { Database } from "../sql/engine";
import { withService } from "../sql/with-user";
import type { MailTransport, QueuedMail } from "./transport";

/** Minutes to wait after the n-th failed attempt; after the last, the mail is marked failed. */
export const retryDelaysMinutes = [1, 5, 15, 60, 180, 360, 720, 1440];
const leaseMinutes = 5;

interface DueRow {
  id: string;
  to_address: string;
  subject: string;
  html: string;
  text: string;
  attachments: QueuedMail["attachments"];
  attempts: number;
}

/**
 * Sends the mail that is due. Rows are leased first (skip locked), so several servers can run this
 * at once without sending twice, and a crash mid-send only delays the mail.
 */
export async function deliverDueMail(
  db: Database,
  transport: MailTransport,
  batchSize = 20,
): Promise<{ sent: number; failed: number }> {
  const due = await withService(db, (tx) =>
    tx.query<DueRow>(
      `update private.mail_outbox set next_attempt_at = now() + make_interval(mins => $2)
       where id in (
         select id from private.mail_outbox
         where status = 'pending' and next_attempt_at <= now()
         order by next_attempt_at limit $1 for update skip locked)
       returning id, to_address, subject, html, text, attachments, attempts`,
      [batchSize, leaseMinutes],
    ),
  );
  let sent = 0;
  let failed = 0;
  for (const row of due) {
    try {
      const { providerMessageId } = await transport.send({
        id: row.id,
        to: row.to_address,
        subject: row.subject,
        html: row.html,
        text: row.text,
        attachments: row.attachments,
      });
      // Once a real mailbox has it, we keep only what delivery needs (kind, address, status, ids):
      // bodies, subjects and attachments hold codes, links and personal data. The outbox transport
      // keeps them, since there the outbox is the mailbox (retention empties them after a week).
      await withService(db, (tx) =>
        tx.query(
          `update private.mail_outbox set status = 'sent', sent_at = now(), attempts = attempts + 1,
             provider_message_id = $2, last_error = null,
             subject = case when $3 then '' else subject end,
             html = case when $3 then '' else html end,
             text = case when $3 then '' else text end,
             attachments = case when $3 then '[]'::jsonb else attachments end
           where id = $1`,
          [row.id, providerMessageId, transport.name !== "outbox"],
        ),
      );
      sent++;
    } catch (error) {
      failed++;
      const delay = retryDelaysMinutes[row.attempts];
      await withService(db, (tx) =>
        tx.query(
          `update private.mail_outbox set attempts = attempts + 1, last_error = $2,
             status = case when $3::int is null then 'failed' else 'pending' end,
             next_attempt_at = now() + make_interval(mins => coalesce($3::int, 0))
           where id = $1`,
          [row.id, errorMessage(error), delay ?? null],
        ),
      );
    }
  }
  return { sent, failed };
}

function errorMessage(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 500);
}
