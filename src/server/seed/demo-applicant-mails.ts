import { applicantStages } from "../../domain/applications/stages";
import { formatDate } from "../../domain/format";
import { fillPlaceholders } from "../../domain/mail-templates/placeholders";
import { applicantMessageEmail } from "../mail/templates/applicant-message";
import type { SqlExecutor } from "../sql/engine";
import { demoApplications } from "./demo-applications";
import { stableUuid } from "./random";

const organisationSlug = "pleegzorg-utrecht-stad";
const organisationName = "Pleegzorg Utrecht Stad";
const recruiterEmail = "werver@openhuis.test";
const day = 24 * 60 * 60 * 1000;

/**
 * What makes the mail screens look lived in: an invitation to the first conversation on the
 * timeline of every applicant of the main demo organisation who got past it (in the outbox too, so
 * the timeline's link opens it), that organisation's own training text, and a quiet-days limit of 21
 * at the support-parent organisation.
 */
export async function seedDemoApplicantMails(tx: SqlExecutor, today: Date): Promise<void> {
  const [template] = await tx.query<{ subject: string; body: string }>(
    "select subject, body from public.mail_templates where organisation_id is null and template_key = 'introduction_invitation'",
  );
  const pastIntroduction = applicantStages.indexOf("introduction");
  const mails = demoApplications(today)
    .filter(
      (application) =>
        application.organisation_slug === organisationSlug &&
        applicantStages.indexOf(application.stage) > pastIntroduction,
    )
    .map((application) => {
      const sentAt = new Date(new Date(application.submitted_at).getTime() + 2 * day);
      const values = {
        voornaam: application.first_name,
        organisatie: organisationName,
        werver: recruiterEmail,
        datum: `${formatDate(new Date(sentAt.getTime() + 7 * day))} om 19.30 uur`,
      };
      const subject = fillPlaceholders(template.subject, values);
      const mail = applicantMessageEmail(application.email, subject, fillPlaceholders(template.body, values));
      return {
        id: stableUuid(`applicant-mail/${application.id}/introduction`),
        outbox_id: stableUuid(`outbox/${application.id}/introduction`),
        application_id: application.id,
        subject,
        html: mail.html,
        text: mail.text,
        to_address: application.email,
        sent_at: sentAt.toISOString(),
      };
    });
  await tx.query(
    `with sent as (
       insert into public.applicant_mails (id, application_id, organisation_id, template_key, subject, outbox_id, sent_by, sent_at)
       select m.id, m.application_id, a.organisation_id, 'introduction_invitation', m.subject, m.outbox_id, u.id, m.sent_at
       from jsonb_to_recordset($1::text::jsonb) as m(id uuid, application_id uuid, subject text, outbox_id uuid, sent_at timestamptz)
       join public.applications a on a.id = m.application_id
       left join auth.users u on u.email = $2
       on conflict do nothing
       returning outbox_id
     )
     insert into private.mail_outbox (id, kind, to_address, subject, html, text, status, attempts, created_at, sent_at)
     select m.outbox_id, 'applicant_message', m.to_address, m.subject, m.html, m.text, 'sent', 1, m.sent_at, m.sent_at
     from jsonb_to_recordset($1::text::jsonb) as m(outbox_id uuid, to_address text, subject text, html text, text text, sent_at timestamptz)
     join sent s on s.outbox_id = m.outbox_id`,
    [JSON.stringify(mails), recruiterEmail],
  );
  await tx.query(
    `insert into public.mail_templates (organisation_id, template_key, subject, body)
     select o.id, 'training_invitation', 'Je bent welkom in de STAP-training',
            E'Beste {{voornaam}},\\n\\nDe volgende STAP-groep van {{organisatie}} begint op {{datum}}, in ons kantoor aan de (fictieve) Voorbeeldlaan 1. De training bestaat uit zes avonden.\\n\\nLaat je ons weten of je erbij bent?\\n\\nHartelijke groet,\\n{{werver}}'
     from public.organisations o where o.slug = $1
     on conflict (organisation_id, template_key) do nothing`,
    [organisationSlug],
  );
  await tx.query(
    `insert into public.recruitment_settings (organisation_id, quiet_after_days)
     select o.id, 21 from public.organisations o where o.slug = 'steunouders-eemland'
     on conflict (organisation_id) do nothing`,
  );
}
