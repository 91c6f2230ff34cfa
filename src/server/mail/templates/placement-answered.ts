import { renderEmail } from "../layout";

/** To the placement worker who proposed: the household's organisation answered. */
export function placementAnsweredEmail(
  to: string,
  proposal: { householdLabel: string; needReference: string; owningOrganisation: string; accepted: boolean },
  url: string,
) {
  const answer = proposal.accepted ? "geaccepteerd" : "afgewezen";
  return renderEmail({
    kind: proposal.accepted ? "placement_accepted" : "placement_declined",
    to,
    subject: `Voorstel ${answer}: ${proposal.householdLabel} bij ${proposal.needReference}`,
    heading: `Je voorstel is ${answer}`,
    paragraphs: [
      `${proposal.owningOrganisation} heeft je voorstel van ${proposal.householdLabel} bij plaatsingsvraag ${proposal.needReference} ${answer}.`,
      proposal.accepted
        ? "Je ziet nu de naam en contactgegevens van het gezin, en je kunt de plaatsing vastleggen."
        : "De reden staat bij het voorstel. Zoek verder bij de plaatsingsvraag.",
    ],
    action: { label: "Voorstel bekijken", url },
  });
}
