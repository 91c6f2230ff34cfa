import { randomUUID } from "node:crypto";
import type { ApplicantMailChoice } from "../../domain/mail-templates/templates";
import { isPermissionDenied, notAllowedMessage, UserFacingError } from "../errors";
import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";
import { composeApplicantMail } from "./compose-applicant-mail";

/**
 * Sends the previewed mail through the outbox and puts it on the applicant's timeline, in one
 * transaction: the mail exists if and only if the timeline says it was sent.
 */
export async function sendApplicantMail(
  db: Database,
  claims: Claims,
  choice: ApplicantMailChoice,
): Promise<{ outboxId: string }> {
  try {
    return await withUser(db, claims, async (tx) => {
      const composed = await composeApplicantMail(tx, { email: claims.email ?? "" }, choice);
      if (!composed) throw new UserFacingError(notAllowedMessage);
      const outboxId = randomUUID();
      tx.queueMail({ ...composed.mail, id: outboxId });
      await tx.query("select app.record_applicant_mail($1, $2, $3, $4)", [
        composed.applicationId,
        composed.templateKey,
        composed.subject,
        outboxId,
      ]);
      return { outboxId };
    });
  } catch (error) {
    if (isPermissionDenied(error)) throw new UserFacingError(notAllowedMessage);
    throw error;
  }
}
