import { renderEmail } from "../layout";

/** To the owning organisation's recruiters and placement workers: one of their households is proposed. */
export function placementProposedEmail(
  to: string,
  proposal: { householdLabel: string; needReference: string; proposingOrganisation: string },
  url: string,
) {
  return renderEmail({
    kind: "placement_proposed",
    to,
    subject: `Nieuw plaatsingsvoorstel voor ${proposal.householdLabel}`,
    heading: "Nieuw plaatsingsvoorstel",
    paragraphs: [
      `${proposal.proposingOrganisation} stelt ${proposal.householdLabel} voor bij plaatsingsvraag ${proposal.needReference}.`,
      "Lees het bericht en geef antwoord: accepteren of afwijzen met een reden. Pas na acceptatie ziet de plaatser de naam en contactgegevens van het gezin.",
    ],
    action: { label: "Voorstel bekijken", url },
  });
}
