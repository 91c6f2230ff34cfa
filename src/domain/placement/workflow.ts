/** The placement workflow's steps, reasons and refusals in the placement worker's words. */

export const proposalStatuses = ["shortlisted", "proposed", "accepted", "declined"] as const;
export type ProposalStatus = (typeof proposalStatuses)[number];

/** Where a proposal stands, placement included: what a list or the timeline shows. */
export type ProposalStage = ProposalStatus | "placed" | "ended";

export const proposalStageLabels: Record<ProposalStage, string> = {
  shortlisted: "Op de shortlist",
  proposed: "Voorgesteld, wacht op antwoord",
  accepted: "Geaccepteerd",
  declined: "Afgewezen",
  placed: "Geplaatst",
  ended: "Plaatsing beëindigd",
};

export const declineReasons = [
  "no_free_place",
  "not_a_fit",
  "timing",
  "household_circumstances",
  "other",
] as const;
export type DeclineReason = (typeof declineReasons)[number];

export const declineReasonLabels: Record<DeclineReason, string> = {
  no_free_place: "Geen plek meer vrij",
  not_a_fit: "Past niet bij dit gezin",
  timing: "De startdatum past niet",
  household_circumstances: "Omstandigheden in het gezin",
  other: "Andere reden (zie toelichting)",
};

export const endReasons = ["completed", "returned_home", "moved_on", "breakdown", "other"] as const;
export type EndReason = (typeof endReasons)[number];

export const endReasonLabels: Record<EndReason, string> = {
  completed: "Afgerond zoals gepland",
  returned_home: "Kind is terug naar huis",
  moved_on: "Doorgeplaatst",
  breakdown: "Voortijdig gestopt",
  other: "Andere reden (zie toelichting)",
};

export function proposalStage(proposal: {
  status: ProposalStatus;
  placement: { endedAt: Date | null } | null;
}): ProposalStage {
  if (proposal.placement) return proposal.placement.endedAt ? "ended" : "placed";
  return proposal.status;
}

/** Why a step was refused (SQLSTATE OH422, its detail), and the field it concerns. */
export const refusedStepMessages: Record<string, { message: string; field?: string }> = {
  need_closed: {
    message: "Deze plaatsingsvraag is al geplaatst of geannuleerd; er kan geen stap meer bij.",
  },
  household_not_active: {
    message: "Dit gezin staat niet meer op actief en kan nu geen kind opvangen.",
  },
  no_free_place: {
    message:
      "Dit gezin heeft geen vrije plek meer voor deze vraag (een collega heeft de laatste plek misschien net gebruikt).",
  },
  not_shortlisted: { message: "Dit gezin is al voorgesteld; je kunt het niet nog eens voorstellen." },
  not_proposed: { message: "Dit voorstel wacht niet (meer) op een antwoord." },
  not_accepted: { message: "Je kunt pas plaatsen als het gezin het voorstel heeft geaccepteerd." },
  reason_required: { message: "Kies een reden.", field: "reason" },
};
