import { stageInfo } from "../../domain/applications/stages";
import {
  fillPlaceholders,
  MissingPlaceholderValue,
  type PlaceholderValues,
} from "../../domain/mail-templates/placeholders";
import type { ApplicantMailChoice, MailTemplateKey } from "../../domain/mail-templates/templates";
import { UserFacingError } from "../errors";
import { applicantMessageEmail } from "../mail/templates/applicant-message";
import { logStaffReads } from "../privacy/log-staff-read";
import type { OutgoingMail, UserTransaction } from "../sql/with-user";
import { readMailTemplates } from "./mail-template-row";

export interface ComposedApplicantMail {
  applicationId: string;
  templateKey: MailTemplateKey;
  to: string;
  subject: string;
  body: string;
  mail: OutgoingMail;
}

/**
 * The mail as the applicant will get it: the organisation's template with the applicant's real
 * values. Read as the recruiter (RLS: their organisation's sent applications only) and logged; the
 * same function serves the preview and the send, so what was previewed is what goes out.
 */
export async function composeApplicantMail(
  tx: UserTransaction,
  sender: { email: string },
  choice: ApplicantMailChoice,
): Promise<ComposedApplicantMail | undefined> {
  const [applicant] = await tx.query<{
    id: string;
    organisation_id: string;
    organisation_name: string;
    email: string;
    first_name: string | null;
    last_name: string | null;
    stage: keyof typeof stageInfo;
  }>(
    `select a.id, a.organisation_id, o.name as organisation_name, a.email, a.first_name, a.last_name, a.stage
     from public.applications a join public.organisations o on o.id = a.organisation_id
     where a.id = $1 and a.status <> 'draft' and a.organisation_id in (select private.my_organisations('recruiter'))`,
    [choice.applicationId],
  );
  if (!applicant) return undefined;
  await logStaffReads(tx, [
    {
      organisationId: applicant.organisation_id,
      subjectType: "application",
      subjectIds: [applicant.id],
      purpose: "applicant_mail.compose",
    },
  ]);
  const [template] = await readMailTemplates(tx, applicant.organisation_id, choice.templateKey);
  const [decision] = await tx.query<{ note: string | null }>(
    `select c.note from public.screening_checks c
     where c.application_id = $1 and c.kind = 'decision' and c.status = 'completed'
     order by c.recorded_at desc limit 1`,
    [applicant.id],
  );
  const values: PlaceholderValues = {
    voornaam: applicant.first_name ?? undefined,
    achternaam: applicant.last_name ?? undefined,
    organisatie: applicant.organisation_name,
    datum: choice.date ?? undefined,
    werver: sender.email,
    fase: stageInfo[applicant.stage].title.toLowerCase(),
    reden: decision?.note ?? undefined,
    bericht: choice.message ?? undefined,
  };
  try {
    const subject = fillPlaceholders(template.subject, values);
    const body = fillPlaceholders(template.body, values);
    return {
      applicationId: applicant.id,
      templateKey: template.key,
      to: applicant.email,
      subject,
      body,
      mail: applicantMessageEmail(applicant.email, subject, body),
    };
  } catch (error) {
    if (error instanceof MissingPlaceholderValue) throw missingValueError(error.placeholder);
    throw error;
  }
}

function missingValueError(placeholder: MissingPlaceholderValue["placeholder"]): UserFacingError {
  if (placeholder === "datum")
    return new UserFacingError("Vul de datum in: dit bericht noemt {{datum}}.", "date");
  if (placeholder === "bericht")
    return new UserFacingError("Schrijf je bericht: dit bericht noemt {{bericht}}.", "message");
  if (placeholder === "reden")
    return new UserFacingError(
      "Dit bericht noemt {{reden}}, maar er is nog geen afgerond besluit met schriftelijke reden vastgelegd.",
      "templateKey",
    );
  return new UserFacingError(
    `Dit bericht noemt {{${placeholder}}}, maar die is voor deze aanmelder niet ingevuld. Kies een ander bericht of pas het sjabloon aan.`,
    "templateKey",
  );
}
