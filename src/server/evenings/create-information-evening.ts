import type { EveningDetails } from "../../domain/evenings/evening-form";
import { isPermissionDenied, notAllowedMessage, UserFacingError } from "../errors";
import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";

export interface NewInformationEvening extends EveningDetails {
  /** Made when the form was shown: submitting the same form twice creates one evening. */
  id: string;
  organisationId: string;
}

/** Plans an evening for an organisation where the caller is recruiter or admin (RLS decides). */
export async function createInformationEvening(
  db: Database,
  claims: Claims,
  evening: NewInformationEvening,
): Promise<string> {
  try {
    return await withUser(db, claims, async (tx) => {
      await tx.query(
        `insert into public.information_evenings (
           id, organisation_id, region_id, title, description, starts_at, ends_at, online,
           location_name, location_address, location_city, join_url, capacity)
         select $1, o.id, o.region_id, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12
         from public.organisations o where o.id = $2
         on conflict (id) do nothing`,
        [
          evening.id,
          evening.organisationId,
          evening.title,
          evening.description,
          evening.startsAt.toISOString(),
          evening.endsAt.toISOString(),
          evening.online,
          evening.location?.name ?? null,
          evening.location?.address ?? null,
          evening.location?.city ?? null,
          evening.joinUrl,
          evening.capacity,
        ],
      );
      const [created] = await tx.query(
        "select 1 from public.information_evenings where id = $1 and organisation_id = $2",
        [evening.id, evening.organisationId],
      );
      if (!created) throw new UserFacingError(notAllowedMessage);
      return evening.id;
    });
  } catch (error) {
    if (isPermissionDenied(error)) throw new UserFacingError(notAllowedMessage);
    throw error;
  }
}
