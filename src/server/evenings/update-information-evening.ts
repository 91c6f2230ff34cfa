import type { EveningDetails } from "../../domain/evenings/evening-form";
import { isPermissionDenied, UserFacingError } from "../errors";
import { eveningChangedEmail } from "../mail/templates/evening-changed";
import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";
import { type EveningRow, eveningColumns, eveningJoins, toInformationEvening } from "./evening-row";
import { notifyPromotedRegistrations } from "./notify-promoted-registrations";
import { managedByCaller } from "./staff-scope";

export const notEditableMessage =
  "Deze bijeenkomst kun je niet wijzigen: ze is geannuleerd of hoort niet bij jouw organisatie.";

/**
 * Saves the staff's changes. When the time or place changed, everyone registered or waiting hears
 * so in the same transaction; extra places go to the waiting list (the database does that).
 */
export async function updateInformationEvening(
  db: Database,
  claims: Claims,
  update: EveningDetails & { id: string },
  siteUrl: string,
): Promise<void> {
  try {
    await withUser(db, claims, async (tx) => {
      const [before] = await tx.query<{ revision: number }>(
        `select e.revision from public.information_evenings e where e.id = $1 and e.status = 'scheduled' and ${managedByCaller}`,
        [update.id],
      );
      if (!before) throw new UserFacingError(notEditableMessage);
      await tx.query(
        `update public.information_evenings set
           title = $2, description = $3, starts_at = $4, ends_at = $5, online = $6, location_name = $7,
           location_address = $8, location_city = $9, join_url = $10, capacity = $11
         where id = $1`,
        [
          update.id,
          update.title,
          update.description,
          update.startsAt.toISOString(),
          update.endsAt.toISOString(),
          update.online,
          update.location?.name ?? null,
          update.location?.address ?? null,
          update.location?.city ?? null,
          update.joinUrl,
          update.capacity,
        ],
      );
      const [row] = await tx.query<EveningRow>(
        `select ${eveningColumns} from ${eveningJoins} where e.id = $1`,
        [update.id],
      );
      const evening = toInformationEvening(row);
      if (evening.revision === Number(before.revision)) return;
      const people = await tx.query<{ email: string; first_name: string; status: string }>(
        `select email, first_name, status from public.evening_registrations
         where evening_id = $1 and status in ('registered', 'waitlisted')`,
        [update.id],
      );
      const now = new Date();
      for (const person of people) {
        tx.queueMail(
          eveningChangedEmail({
            to: person.email,
            firstName: person.first_name,
            registered: person.status === "registered",
            evening,
            joinUrl: update.joinUrl,
            siteUrl,
            now,
          }),
        );
      }
    });
  } catch (error) {
    if (isPermissionDenied(error)) throw new UserFacingError(notEditableMessage);
    throw error;
  }
  await notifyPromotedRegistrations(db, siteUrl);
}
