import { renderEmail } from "../layout";

/** The first (after 3 days) or second (after 10) nudge to finish an application that was never sent. */
export function draftReminderEmail(
  to: string,
  firstName: string | null,
  reminder: 1 | 2,
  continueUrl: string,
) {
  const greeting = firstName ? `Hoi ${firstName},` : "Hoi,";
  return renderEmail({
    kind: `draft_reminder_${reminder}`,
    to,
    subject: reminder === 1 ? "Je aanmelding is nog niet verstuurd" : "Wil je je aanmelding nog afmaken?",
    heading: reminder === 1 ? "Je bent al goed op weg" : "Je aanmelding staat nog voor je klaar",
    paragraphs: [
      greeting,
      reminder === 1
        ? "Een paar dagen geleden ben je begonnen met je aanmelding, maar je hebt hem nog niet verstuurd. Wat je al hebt ingevuld is bewaard: je gaat verder waar je gebleven was."
        : "Je aanmelding is nog steeds niet verstuurd. Twijfel je, of heb je een vraag? Kom dan naar een informatiebijeenkomst, of stuur ons een bericht.",
      "Je logt in met dit e-mailadres; je krijgt dan een code per e-mail.",
      reminder === 1
        ? "We sturen hierover nog één herinnering, over een week."
        : "Dit is de laatste herinnering die we sturen.",
    ],
    action: { label: "Verder met mijn aanmelding", url: continueUrl },
  });
}
