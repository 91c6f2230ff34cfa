import { renderEmail } from "../layout";

/** To the staff who handle a new deletion request; no name or address of the applicant in it. */
export function deletionRequestEmail(to: string, handledBy: string, queueUrl: string) {
  return renderEmail({
    kind: "deletion_request",
    to,
    subject: "Nieuw verzoek om gegevens te verwijderen",
    heading: "Een aanmelder vraagt om verwijdering",
    paragraphs: [
      `Een aanmelder bij ${handledBy} heeft gevraagd al zijn of haar gegevens te verwijderen.`,
      "Handel het verzoek binnen 4 weken af. Je ziet het in de lijst met verwijderverzoeken nadat je bent ingelogd.",
    ],
    action: { label: "Naar de verwijderverzoeken", url: queueUrl },
  });
}
