import { draftReminderEmail } from "../mail/templates/draft-reminder";
import type { Database } from "../sql/engine";
import { withService } from "../sql/with-user";

/** Days after starting an application at which its owner hears from us, once each. */
export const draftReminderDays = { first: 3, second: 10 } as const;

/**
 * The job that reminds applicants who confirmed their address but never sent their application:
 * once after 3 days, once after 10 (an application found late gets only the later one). Each
 * reminder is a row keyed by application and reminder, written in the transaction that queues the
 * mail; rows another run holds are skipped, so running it twice, or on several servers at once,
 * mails nobody twice.
 */
export async function sendDraftReminders(db: Database, siteUrl: string, now = new Date()): Promise<number> {
  return withService(db, async (tx) => {
    const due = await tx.query<{ email: string; first_name: string | null; reminder: 1 | 2 }>(
      `with due as (
         select a.id,
                case when a.created_at <= $1::timestamptz - make_interval(days => $3) then 2 else 1 end as reminder
         from public.applications a
         where a.status = 'draft' and a.user_id is not null and a.submitted_at is null
           and a.created_at <= $1::timestamptz - make_interval(days => $2)
         for update of a skip locked
       ), marked as (
         insert into private.draft_reminders (application_id, reminder)
         select due.id, due.reminder from due
         where not exists (
           select 1 from private.draft_reminders d where d.application_id = due.id and d.reminder >= due.reminder)
         on conflict do nothing
         returning application_id, reminder
       )
       select a.email, a.first_name, m.reminder from marked m join public.applications a on a.id = m.application_id`,
      [now.toISOString(), draftReminderDays.first, draftReminderDays.second],
    );
    for (const row of due) {
      tx.queueMail(draftReminderEmail(row.email, row.first_name, row.reminder, `${siteUrl}/aanmelden`));
    }
    return due.length;
  });
}
