import type { InformationEvening } from "../../../domain/evenings/evening";
import { renderEmail } from "../layout";
import { eveningFacts } from "./evening-details";

export interface EveningReminder {
  to: string;
  firstName: string;
  evening: InformationEvening;
  joinUrl: string | null;
  cancelUrl: string;
}

/** The day before: when and where, the join link for an online evening, and a way to give the place back. */
export function eveningReminderEmail({ to, firstName, evening, joinUrl, cancelUrl }: EveningReminder) {
  const joinNow = evening.online && joinUrl;
  return renderEmail({
    kind: "evening_reminder",
    to,
    subject: `Morgen: ${evening.title}`,
    heading: "Tot morgen!",
    paragraphs: [
      `Hoi ${firstName}, morgen is de informatiebijeenkomst "${evening.title}". We kijken ernaar uit je te ontmoeten.`,
      ...eveningFacts(evening, joinUrl),
      "Je hoeft niets voor te bereiden. Neem gerust je vragen mee, of iemand met wie je erover nadenkt.",
      joinNow
        ? `Kun je toch niet? Meld je af via ${cancelUrl}, dan gaat je plek naar iemand op de wachtlijst.`
        : "Kun je toch niet? Meld je dan af met de knop hieronder, dan gaat je plek naar iemand op de wachtlijst.",
    ],
    action: joinNow
      ? { label: "Meedoen aan de online bijeenkomst", url: joinUrl }
      : { label: "Ik kan toch niet: afmelden", url: cancelUrl },
  });
}
