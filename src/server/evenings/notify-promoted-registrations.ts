import { eveningPlaceAvailableEmail } from "../mail/templates/evening-place-available";
import type { Database } from "../sql/engine";
import { withService } from "../sql/with-user";
import { type EveningRow, eveningColumns, eveningJoins, toInformationEvening } from "./evening-row";
import { cancelPageUrl, newCancelToken } from "./links";

type PromotedRow = EveningRow & {
  registration_id: string;
  email: string;
  first_name: string;
  join_url: string | null;
};

/**
 * Mails everyone who moved from the waiting list to a place and was not told yet. A job (it runs as
 * the service, with nothing from a request): marking and queueing happen in one transaction, and
 * rows another run holds are skipped, so nobody is mailed twice.
 */
export async function notifyPromotedRegistrations(db: Database, siteUrl: string): Promise<number> {
  return withService(db, async (tx) => {
    const promoted = await tx.query<PromotedRow>(
      `with due as (
         select reg.id from public.evening_registrations reg
         where reg.status = 'registered' and reg.promoted_at is not null and reg.promotion_mailed_at is null
         for update skip locked
       )
       update public.evening_registrations reg set promotion_mailed_at = now()
       from due, ${eveningJoins}
       where reg.id = due.id and e.id = reg.evening_id
       returning reg.id as registration_id, reg.email, reg.first_name, e.join_url, ${eveningColumns}`,
    );
    const now = new Date();
    const stillAhead = promoted.filter((row) => row.status === "scheduled" && new Date(row.starts_at) > now);
    for (const row of stillAhead) {
      const token = newCancelToken();
      await tx.query(
        "insert into private.evening_registration_tokens (token_hash, registration_id) values (private.hash_token($1), $2)",
        [token, row.registration_id],
      );
      tx.queueMail(
        eveningPlaceAvailableEmail({
          to: row.email,
          firstName: row.first_name,
          evening: toInformationEvening(row),
          joinUrl: row.join_url,
          cancelUrl: cancelPageUrl(siteUrl, token),
          siteUrl,
          now,
        }),
      );
    }
    return stillAhead.length;
  });
}
