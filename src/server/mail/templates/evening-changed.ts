import type { InformationEvening } from "../../../domain/evenings/evening";
import { renderEmail } from "../layout";
import { eveningCalendarAttachment, eveningFacts } from "./evening-details";

export interface EveningChanged {
  to: string;
  firstName: string;
  /** Whether they have a place (else: on the waiting list). */
  registered: boolean;
  evening: InformationEvening;
  joinUrl: string | null;
  siteUrl: string;
  now: Date;
}

/** The time or place changed: the new details, and for people with a place an updated calendar entry. */
export function eveningChangedEmail(mail: EveningChanged) {
  const { to, firstName, evening, registered } = mail;
  const joinUrl = registered ? mail.joinUrl : null;
  const rendered = renderEmail({
    kind: "evening_changed",
    to,
    subject: `Gewijzigd: ${evening.title}`,
    heading: "De informatiebijeenkomst is gewijzigd",
    paragraphs: [
      `Hoi ${firstName}, de tijd of plaats van "${evening.title}" is veranderd. Dit zijn de nieuwe gegevens:`,
      ...eveningFacts(evening, joinUrl),
      registered
        ? "In de bijlage staat de bijgewerkte afspraak voor je agenda. Kun je nu niet meer? Meld je af via de link in je bevestigingsmail."
        : "Je staat nog op de wachtlijst. Komt er een plek vrij, dan hoor je het meteen.",
    ],
  });
  return registered
    ? { ...rendered, attachments: [eveningCalendarAttachment(evening, joinUrl, mail.siteUrl, mail.now)] }
    : rendered;
}
