/** Where a proposal is seen and answered; mails link here. */
export function proposalPath(proposalId: string): string {
  return `/plaatsing/voorstellen/${proposalId}`;
}

export const proposalInboxPath = "/plaatsing/voorstellen";
