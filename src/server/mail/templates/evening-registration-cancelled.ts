import type { InformationEvening } from "../../../domain/evenings/evening";
import { formatEveningWhen } from "../../../domain/evenings/format";
import { renderEmail } from "../layout";

/** Confirms a cancellation, whether they did it themselves or asked the organisation to. */
export function eveningRegistrationCancelledEmail(
  to: string,
  firstName: string,
  evening: InformationEvening,
  listUrl: string,
) {
  return renderEmail({
    kind: "evening_registration_cancelled",
    to,
    subject: `Afgemeld: ${evening.title}`,
    heading: "Je bent afgemeld",
    paragraphs: [
      `Hoi ${firstName}, je bent afgemeld voor "${evening.title}" op ${formatEveningWhen(evening)}. Bedankt dat je het liet weten.`,
      "Wil je toch een keer komen? Je kunt je altijd opnieuw aanmelden voor deze of een andere bijeenkomst.",
    ],
    action: { label: "Bijeenkomsten bekijken", url: listUrl },
  });
}
