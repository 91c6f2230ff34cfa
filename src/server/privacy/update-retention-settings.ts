import type { RetentionSettings } from "../../domain/privacy/retention";
import { isPermissionDenied, notAllowedMessage, UserFacingError } from "../errors";
import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";

/** An admin changes their organisation's retention periods (the function checks and audits). */
export async function updateRetentionSettings(
  db: Database,
  claims: Claims,
  organisationId: string,
  settings: RetentionSettings,
): Promise<void> {
  try {
    await withUser(db, claims, (tx) =>
      tx.query("select app.set_retention_settings($1, $2, $3, $4, $5)", [
        organisationId,
        settings.endedApplicationDays,
        settings.endedApplicationWithConsentDays,
        settings.unsentDraftDays,
        settings.pastEveningRegistrationDays,
      ]),
    );
  } catch (error) {
    if (isPermissionDenied(error)) throw new UserFacingError(notAllowedMessage);
    throw error;
  }
}
