import type { ApplicantMailChoice } from "../../domain/mail-templates/templates";
import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";
import { type ComposedApplicantMail, composeApplicantMail } from "./compose-applicant-mail";

/** The mail before it goes: undefined when the recruiter may not mail this applicant (the page answers 404). */
export function previewApplicantMail(
  db: Database,
  claims: Claims,
  choice: ApplicantMailChoice,
): Promise<ComposedApplicantMail | undefined> {
  return withUser(db, claims, (tx) => composeApplicantMail(tx, { email: claims.email ?? "" }, choice));
}
