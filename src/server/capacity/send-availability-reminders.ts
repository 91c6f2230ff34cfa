import { availabilityReminderEmail } from "../mail/templates/availability-reminder";
import type { Database } from "../sql/engine";
import { withService } from "../sql/with-user";

/**
 * The job that asks households to confirm their availability once per period of N weeks without a
 * confirmation (N per organisation, default 6). app.claim_due_availability_reminders records one row per
 * household and period, skipping rows another run holds, in the transaction that queues the mail:
 * running it twice, or on several servers at once, mails nobody twice.
 */
export async function sendAvailabilityReminders(
  db: Database,
  siteUrl: string,
  now = new Date(),
): Promise<number> {
  return withService(db, async (tx) => {
    const due = await tx.query<{
      email: string;
      display_name: string;
      confirmed_at: Date;
      weeks: number;
    }>("select email, display_name, confirmed_at, weeks from app.claim_due_availability_reminders($1)", [
      now.toISOString(),
    ]);
    for (const row of due) {
      tx.queueMail(
        availabilityReminderEmail({
          to: row.email,
          displayName: row.display_name,
          confirmedAt: new Date(row.confirmed_at),
          confirmEveryWeeks: row.weeks,
          myPageUrl: new URL("/mijn", siteUrl).toString(),
        }),
      );
    }
    return due.length;
  });
}
