import { renderEmail } from "../layout";

/** Who the mail is to, where they follow their application, and whom they can ask. */
export interface EndedApplicationMail {
  to: string;
  firstName: string | null;
  myApplicationUrl: string;
  /** The organisation handling the application, with its public contact details; null before routing. */
  organisation: { name: string; phone: string | null; email: string | null } | null;
}

const greeting = (firstName: string | null) => (firstName ? `Hoi ${firstName}, ` : "");

/** Whom to ask: the organisation's public phone and address, or the privacy address before there is one. */
function contactLine(opening: string, organisation: EndedApplicationMail["organisation"]): string {
  const ways = [organisation?.phone, organisation?.email].filter(Boolean);
  if (!organisation || ways.length === 0) return `${opening} Mail dan naar privacy@openhuis.nl.`;
  return `${opening} Neem dan contact op met ${organisation.name}: ${ways.join(" of ")}.`;
}

/**
 * Confirms a withdrawal: what happens to the data (deleted within 4 weeks, or kept at most a year
 * with the consent just given) and that they can apply again with the same address.
 */
export function withdrawalConfirmationEmail(mail: EndedApplicationMail, keepData: boolean) {
  return renderEmail({
    kind: "application_withdrawn",
    to: mail.to,
    subject: "Je aanmelding is ingetrokken",
    heading: "Je aanmelding is ingetrokken",
    paragraphs: [
      `${greeting(mail.firstName)}je hebt je aanmelding ingetrokken. We nemen geen contact meer met je op over deze aanmelding.`,
      keepData
        ? "Je gaf toestemming om je gegevens te bewaren: we bewaren ze hoogstens 1 jaar en verwijderen ze daarna. Die toestemming kun je in Mijn aanmelding weer intrekken."
        : "We verwijderen je gegevens binnen 4 weken. Wil je dat we ze bewaren, zodat je later makkelijk verder kunt? Dat kun je in die tijd nog aangeven in Mijn aanmelding.",
      "Wil je je later toch aanmelden? Log in met dit e-mailadres en kies in Mijn aanmelding 'Opnieuw aanmelden'.",
      contactLine("Heb je dit niet zelf gedaan, of heb je een vraag?", mail.organisation),
    ],
    action: { label: "Naar Mijn aanmelding", url: mail.myApplicationUrl },
  });
}

/** Confirms a request to delete everything: it reached the organisation, and it also ended the application. */
export function deletionRequestConfirmationEmail(mail: EndedApplicationMail) {
  return renderEmail({
    kind: "deletion_request_received",
    to: mail.to,
    subject: "We hebben je verzoek om verwijdering ontvangen",
    heading: "We verwijderen je gegevens",
    paragraphs: [
      `${greeting(mail.firstName)}je hebt gevraagd al je gegevens te verwijderen. Daarmee is ook je aanmelding gestopt.`,
      "De organisatie die je aanmelding behandelt, verwijdert je gegevens binnen 4 weken. Daarna hoor je niets meer van ons; ook deze e-mail bewaren we dan niet.",
      "Wil je je later opnieuw aanmelden? Dat kan met hetzelfde e-mailadres zodra je gegevens zijn verwijderd.",
      contactLine("Heb je dit niet zelf gedaan? Laat het ons dan zo snel mogelijk weten.", mail.organisation),
    ],
    action: { label: "Naar Mijn aanmelding", url: mail.myApplicationUrl },
  });
}
