import { type StaffRole, staffRoleLabels, workspaces } from "../../../domain/staff/roles";
import { renderEmail } from "../layout";

/** For an address without a confirmed account: the role starts only when this person accepts. */
export function staffInvitationEmail(
  to: string,
  organisationName: string,
  role: StaffRole,
  acceptUrl: string,
) {
  return renderEmail({
    kind: "staff_invitation",
    to,
    subject: `Je bent uitgenodigd als ${staffRoleLabels[role]} bij ${organisationName}`,
    heading: `Welkom bij Openhuis, ${organisationName}`,
    paragraphs: [
      `${organisationName} nodigt je uit voor de rol ${staffRoleLabels[role]}.`,
      "Open de link, log in met dit e-mailadres (je krijgt een code per e-mail, een wachtwoord is niet nodig) en klik op 'Uitnodiging accepteren'.",
      "De link werkt één keer en is 7 dagen geldig. Verwachtte je deze uitnodiging niet? Dan kun je deze e-mail negeren.",
    ],
    action: { label: "Uitnodiging bekijken", url: acceptUrl },
  });
}

/**
 * For a confirmed account: the admin named this person, so the role starts at once. Someone who
 * already has a role there (`otherRoles`) is no newcomer: they hear what was added, not a welcome.
 */
export function staffRoleGrantedEmail(
  to: string,
  organisationName: string,
  role: StaffRole,
  signInUrl: string,
  otherRoles: readonly StaffRole[] = [],
) {
  const workspace = workspaces.find((candidate) => candidate.role === role);
  const where = workspace ? ` Je vindt het werk dat erbij hoort onder ${workspace.title}.` : "";
  if (otherRoles.length > 0) {
    const had = otherRoles.map((other) => staffRoleLabels[other]).join(" en ");
    return renderEmail({
      kind: "staff_role_added",
      to,
      subject: `Je hebt nu ook de rol ${staffRoleLabels[role]} bij ${organisationName}`,
      heading: `Je hebt er een rol bij: ${staffRoleLabels[role]}`,
      paragraphs: [
        `Naast je rol als ${had} heb je bij ${organisationName} nu ook de rol ${staffRoleLabels[role]}.${where}`,
        "Je logt in zoals je gewend bent. Verwachtte je dit niet? Vraag dan de beheerder van je organisatie ernaar.",
      ],
      action: { label: "Inloggen bij Openhuis", url: signInUrl },
    });
  }
  return renderEmail({
    kind: "staff_role_granted",
    to,
    subject: `Je hebt de rol ${staffRoleLabels[role]} bij ${organisationName}`,
    heading: `Welkom bij Openhuis, ${organisationName}`,
    paragraphs: [
      `Je hebt de rol ${staffRoleLabels[role]} gekregen bij ${organisationName}.${where}`,
      "Log in met dit e-mailadres; je ontvangt dan een code per e-mail. Een wachtwoord is niet nodig.",
    ],
    action: { label: "Inloggen bij Openhuis", url: signInUrl },
  });
}
