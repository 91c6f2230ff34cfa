import { type StaffRole, staffRoleLabels } from "../../../domain/staff/roles";
import { renderEmail } from "../layout";

export function staffInvitationEmail(
  to: string,
  organisationName: string,
  role: StaffRole,
  signInUrl: string,
) {
  return renderEmail({
    kind: "staff_invitation",
    to,
    subject: `Je bent uitgenodigd als ${staffRoleLabels[role]} bij ${organisationName}`,
    heading: `Welkom bij Openhuis, ${organisationName}`,
    paragraphs: [
      `Je hebt de rol ${staffRoleLabels[role]} gekregen bij ${organisationName}.`,
      "Log in met dit e-mailadres; je ontvangt dan een code per e-mail. Een wachtwoord is niet nodig.",
    ],
    action: { label: "Inloggen bij Openhuis", url: signInUrl },
  });
}
