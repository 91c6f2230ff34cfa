import type { MailTemplateForm } from "../../domain/mail-templates/templates";
import { isPermissionDenied, notAllowedMessage, UserFacingError } from "../errors";
import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";

/** A recruiter saves their organisation's text of a template (checked by the form, again in SQL, and audited). */
export async function saveMailTemplate(db: Database, claims: Claims, form: MailTemplateForm): Promise<void> {
  try {
    await withUser(db, claims, (tx) =>
      tx.query("select app.save_mail_template($1, $2, $3, $4)", [
        form.organisationId,
        form.templateKey,
        form.subject,
        form.body,
      ]),
    );
  } catch (error) {
    if (isPermissionDenied(error)) throw new UserFacingError(notAllowedMessage);
    throw error;
  }
}
