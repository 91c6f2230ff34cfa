import type { RetentionSettings } from "../../domain/privacy/retention";
import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";

/** The organisation's retention periods, or the defaults it has not changed (read as the admin). */
export async function getRetentionSettings(
  db: Database,
  claims: Claims,
  organisationId: string,
): Promise<RetentionSettings> {
  const [row] = await withUser(db, claims, (tx) =>
    tx.query<{
      ended_application_days: number;
      ended_application_with_consent_days: number;
      unsent_draft_days: number;
      past_evening_registration_days: number;
    }>(
      `select ended_application_days, ended_application_with_consent_days, unsent_draft_days,
              past_evening_registration_days
       from public.retention_settings
       where organisation_id = $1 or organisation_id is null
       order by organisation_id nulls last limit 1`,
      [organisationId],
    ),
  );
  return {
    endedApplicationDays: row.ended_application_days,
    endedApplicationWithConsentDays: row.ended_application_with_consent_days,
    unsentDraftDays: row.unsent_draft_days,
    pastEveningRegistrationDays: row.past_evening_registration_days,
  };
}
