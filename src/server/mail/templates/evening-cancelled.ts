import type { InformationEvening } from "../../../domain/evenings/evening";
import { formatEveningWhen } from "../../../domain/evenings/format";
import { renderEmail } from "../layout";

/** The organisation cancelled the evening. */
export function eveningCancelledEmail(
  to: string,
  firstName: string,
  evening: InformationEvening,
  listUrl: string,
) {
  return renderEmail({
    kind: "evening_cancelled",
    to,
    subject: `Gaat niet door: ${evening.title}`,
    heading: "De informatiebijeenkomst gaat niet door",
    paragraphs: [
      `Hoi ${firstName}, helaas gaat "${evening.title}" op ${formatEveningWhen(evening)} niet door. Je aanmelding is daarmee vervallen.`,
      `Onze excuses. Kies gerust een andere bijeenkomst; ${evening.organisationName} vertelt je graag meer.`,
    ],
    action: { label: "Andere bijeenkomsten bekijken", url: listUrl },
  });
}
