import { z } from "zod";
import { multilineText, textLine } from "../text";
import { placeholderProblem } from "./placeholders";

/** What a recruiter sends along the way; the texts are per organisation (defaults in the migration). */
export const mailTemplateKeys = [
  "introduction_invitation",
  "home_visit_invitation",
  "documents_request",
  "training_invitation",
  "decision_suitable",
  "decision_unsuitable",
  "general_message",
] as const;
export type MailTemplateKey = (typeof mailTemplateKeys)[number];

export const mailTemplateTitles: Record<MailTemplateKey, string> = {
  introduction_invitation: "Uitnodiging kennismakingsgesprek",
  home_visit_invitation: "Afspraak huisbezoek",
  documents_request: "Gegevens of documenten opvragen",
  training_invitation: "Uitnodiging voorbereidingstraining",
  decision_suitable: "Besluit: geschikt, met reden",
  decision_unsuitable: "Besluit: niet geschikt, met reden",
  general_message: "Vrij bericht",
};

export const mailTemplateSlugs: Record<MailTemplateKey, string> = {
  introduction_invitation: "kennismaking",
  home_visit_invitation: "huisbezoek",
  documents_request: "gegevens-opvragen",
  training_invitation: "training",
  decision_suitable: "besluit-geschikt",
  decision_unsuitable: "besluit-niet-geschikt",
  general_message: "vrij-bericht",
};

export function templateKeyForSlug(slug: string | undefined): MailTemplateKey | undefined {
  return mailTemplateKeys.find((key) => mailTemplateSlugs[key] === slug);
}

export const maxSubjectLength = 150;
export const maxBodyLength = 4000;

const withKnownPlaceholders = <Schema extends z.ZodType<string>>(schema: Schema) =>
  schema.superRefine((value, context) => {
    const problem = placeholderProblem(value);
    if (problem) context.addIssue({ code: "custom", message: problem });
  });

export const mailTemplateFormSchema = z.object({
  organisationId: z.uuid("Deze organisatie bestaat niet."),
  templateKey: z.enum(mailTemplateKeys, { error: "Kies een bestaand sjabloon." }),
  subject: withKnownPlaceholders(
    textLine({ error: "Vul een onderwerp in." })
      .min(1, "Vul een onderwerp in.")
      .max(maxSubjectLength, `Houd het onderwerp kort: hoogstens ${maxSubjectLength} tekens.`),
  ),
  body: withKnownPlaceholders(
    multilineText({ error: "Vul de tekst van de e-mail in." })
      .min(1, "Vul de tekst van de e-mail in.")
      .max(maxBodyLength, `De tekst is te lang: hoogstens ${maxBodyLength} tekens.`),
  ),
});
export type MailTemplateForm = z.infer<typeof mailTemplateFormSchema>;

/** The recruiter's choice on the applicant page: which template, the date it mentions and the typed message. */
export const applicantMailSchema = z.object({
  applicationId: z.uuid("Deze aanmelding bestaat niet."),
  templateKey: z.enum(mailTemplateKeys, { error: "Kies welk bericht je stuurt." }),
  date: textLine()
    .max(100, "Houd de datum kort: hoogstens 100 tekens, bijvoorbeeld dinsdag 12 januari om 19.30 uur.")
    .nullish()
    .transform((value) => value || null),
  message: multilineText()
    .max(maxBodyLength, `Je bericht is te lang: hoogstens ${maxBodyLength} tekens.`)
    .nullish()
    .transform((value) => value || null),
});
export type ApplicantMailChoice = z.infer<typeof applicantMailSchema>;
