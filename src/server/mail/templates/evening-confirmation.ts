import type { InformationEvening } from "../../../domain/evenings/evening";
import { renderEmail } from "../layout";
import { eveningCalendarAttachment, eveningFacts } from "./evening-details";

export interface EveningConfirmation {
  to: string;
  firstName: string;
  outcome: "registered" | "waitlisted";
  /** Their place in line when waitlisted: 1 gets the first place that comes free. */
  waitingListPlace: number;
  evening: InformationEvening;
  joinUrl: string | null;
  cancelUrl: string;
  siteUrl: string;
  now: Date;
}

/** Sent right after registering: with the .ics when they have a place, or their spot on the waiting list. */
export function eveningConfirmationEmail(confirmation: EveningConfirmation) {
  const { to, firstName, evening, joinUrl, cancelUrl } = confirmation;
  if (confirmation.outcome === "waitlisted") {
    return renderEmail({
      kind: "evening_waitlisted",
      to,
      subject: `Je staat op de wachtlijst: ${evening.title}`,
      heading: "Je staat op de wachtlijst",
      paragraphs: [
        `Hoi ${firstName}, de informatiebijeenkomst "${evening.title}" is vol. Je staat op de wachtlijst, op plek ${confirmation.waitingListPlace}.`,
        ...eveningFacts(evening, null),
        "Komt er een plek vrij, dan krijg je die automatisch en sturen we je meteen een e-mail.",
        "Wil je niet meer op de wachtlijst staan? Meld je dan af met de knop hieronder.",
      ],
      action: { label: "Afmelden voor de wachtlijst", url: cancelUrl },
    });
  }
  return {
    ...renderEmail({
      kind: "evening_confirmation",
      to,
      subject: `Je bent aangemeld: ${evening.title}`,
      heading: "Je bent aangemeld voor de informatiebijeenkomst",
      paragraphs: [
        `Hoi ${firstName}, fijn dat je komt! Je bent aangemeld voor "${evening.title}".`,
        ...eveningFacts(evening, joinUrl),
        "In de bijlage (informatiebijeenkomst.ics) staat de bijeenkomst voor je agenda. De dag ervoor sturen we je een herinnering.",
        "Kun je toch niet? Meld je dan af met de knop hieronder, dan gaat je plek naar iemand op de wachtlijst.",
      ],
      action: { label: "Ik kan toch niet: afmelden", url: cancelUrl },
    }),
    attachments: [eveningCalendarAttachment(evening, joinUrl, confirmation.siteUrl, confirmation.now)],
  };
}
