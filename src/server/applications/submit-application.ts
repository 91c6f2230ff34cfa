import { privacyStatementVersion } from "../../domain/applications/schemas";
import { isInvalidParameter, UserFacingError } from "../errors";
import { applicationReceivedEmail } from "../mail/templates/application-received";
import type { Database } from "../sql/engine";
import { withUser } from "../sql/with-user";
import { type Applicant, applicantClaims, ownApplication } from "./applicant";

/**
 * Sends the caller's application with their consent to the current privacy statement, and mails a
 * confirmation in the same transaction. A second submit (double click) changes nothing and mails nothing.
 */
export async function submitApplication(
  db: Database,
  applicant: Applicant,
  myApplicationUrl: string,
): Promise<void> {
  try {
    await withUser(db, applicantClaims(applicant), async (tx) => {
      const [own] = await tx.query<{ id: string; email: string; first_name: string | null }>(
        `select a.id, a.email, a.first_name from public.applications a where ${ownApplication("a")}`,
      );
      if (!own) throw new UserFacingError((t) => t.application.notStarted);
      const [{ submitted }] = await tx.query<{ submitted: boolean }>(
        "select app.submit_application($1, $2) as submitted",
        [own.id, privacyStatementVersion],
      );
      if (submitted)
        tx.queueMail(applicationReceivedEmail(own.email, own.first_name ?? "", myApplicationUrl));
    });
  } catch (error) {
    if (isInvalidParameter(error)) {
      throw new UserFacingError((t) => t.application.incomplete);
    }
    throw error;
  }
}
