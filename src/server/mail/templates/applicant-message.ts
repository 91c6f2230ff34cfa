import { paragraphs } from "../../../domain/text";
import { renderEmail } from "../layout";

/** A recruiter's mail from an organisation's template, placeholders already filled in (plain text). */
export function applicantMessageEmail(to: string, subject: string, body: string) {
  return renderEmail({
    kind: "applicant_message",
    to,
    subject,
    heading: subject,
    paragraphs: paragraphs(body),
    // The template's own text signs off, with the recruiter's name.
    closing: null,
  });
}
