import type { InformationEvening } from "../../../domain/evenings/evening";
import { renderEmail } from "../layout";
import { eveningCalendarAttachment, eveningFacts } from "./evening-details";

export interface EveningPlaceAvailable {
  to: string;
  firstName: string;
  evening: InformationEvening;
  joinUrl: string | null;
  cancelUrl: string;
  siteUrl: string;
  now: Date;
}

/** Someone cancelled: the first person on the waiting list now has a place. */
export function eveningPlaceAvailableEmail(mail: EveningPlaceAvailable) {
  const { to, firstName, evening, joinUrl, cancelUrl } = mail;
  return {
    ...renderEmail({
      kind: "evening_place_available",
      to,
      subject: `Er is een plek voor je vrijgekomen: ${evening.title}`,
      heading: "Je hebt een plek",
      paragraphs: [
        `Hoi ${firstName}, er is een plek vrijgekomen bij "${evening.title}". Je stond op de wachtlijst en bent nu aangemeld.`,
        ...eveningFacts(evening, joinUrl),
        "In de bijlage (informatiebijeenkomst.ics) staat de bijeenkomst voor je agenda.",
        "Kun je toch niet? Meld je dan af met de knop hieronder, dan gaat de plek naar de volgende op de wachtlijst.",
      ],
      action: { label: "Ik kan toch niet: afmelden", url: cancelUrl },
    }),
    attachments: [eveningCalendarAttachment(evening, joinUrl, mail.siteUrl, mail.now)],
  };
}
