import { eveningReminderEmail } from "../mail/templates/evening-reminder";
import type { Database } from "../sql/engine";
import { withService } from "../sql/with-user";
import { type EveningRow, eveningColumns, eveningJoins, toInformationEvening } from "./evening-row";
import { cancelPageUrl, newCancelToken } from "./links";

type DueRow = EveningRow & {
  registration_id: string;
  email: string;
  first_name: string;
  join_url: string | null;
};

/**
 * The job that reminds everyone with a place for an evening that starts tomorrow (Dutch calendar
 * day). Each registration is marked in the transaction that queues its mail, and rows another run
 * holds are skipped, so running it twice, or on two servers at once, mails nobody twice.
 */
export async function sendEveningReminders(db: Database, siteUrl: string, now = new Date()): Promise<number> {
  return withService(db, async (tx) => {
    const due = await tx.query<DueRow>(
      `with due as (
         select reg.id from public.evening_registrations reg
         join public.information_evenings ev on ev.id = reg.evening_id
         where reg.status = 'registered' and reg.reminder_sent_at is null
           and ev.status = 'scheduled' and ev.starts_at > $1::timestamptz
           and (ev.starts_at at time zone 'Europe/Amsterdam')::date
               = ($1::timestamptz at time zone 'Europe/Amsterdam')::date + 1
         for update of reg skip locked
       )
       update public.evening_registrations reg set reminder_sent_at = now()
       from due, ${eveningJoins}
       where reg.id = due.id and e.id = reg.evening_id
       returning reg.id as registration_id, reg.email, reg.first_name, e.join_url, ${eveningColumns}`,
      [now.toISOString()],
    );
    for (const row of due) {
      const token = newCancelToken();
      await tx.query(
        "insert into private.evening_registration_tokens (token_hash, registration_id) values (private.hash_token($1), $2)",
        [token, row.registration_id],
      );
      tx.queueMail(
        eveningReminderEmail({
          to: row.email,
          firstName: row.first_name,
          evening: toInformationEvening(row),
          joinUrl: row.join_url,
          cancelUrl: cancelPageUrl(siteUrl, token),
        }),
      );
    }
    return due.length;
  });
}
