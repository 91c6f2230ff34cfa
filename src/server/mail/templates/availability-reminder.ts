import { formatDate } from "../../../domain/format";
import { renderEmail } from "../layout";

export interface AvailabilityReminder {
  to: string;
  displayName: string;
  confirmedAt: Date;
  confirmEveryWeeks: number;
  myPageUrl: string;
}

/** Every few weeks: is what we know about your free places still right? One click if it is. */
export function availabilityReminderEmail({
  to,
  displayName,
  confirmedAt,
  confirmEveryWeeks,
  myPageUrl,
}: AvailabilityReminder) {
  return renderEmail({
    kind: "availability_reminder",
    to,
    subject: "Klopt uw beschikbaarheid nog?",
    heading: "Klopt uw beschikbaarheid nog?",
    paragraphs: [
      `Beste ${displayName}, u heeft uw beschikbaarheid als gezin voor het laatst bevestigd op ${formatDate(confirmedAt)}.`,
      `We vragen het elke ${confirmEveryWeeks} weken, zodat plaatsers alleen plekken zien die echt vrij zijn en een kind sneller een thuis vindt.`,
      "Log in met dit e-mailadres en klik op 'Klopt nog', of geef door wat er veranderd is: vrije plekken, vanaf of tot wanneer, of een pauze.",
    ],
    action: { label: "Beschikbaarheid bekijken", url: myPageUrl },
  });
}
