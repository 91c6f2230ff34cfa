import { type ApplicantStage, stageInfo } from "../applications/stages";

export const applicationExits = ["withdrawn", "rejected", "parked"] as const;
export type ApplicationExit = (typeof applicationExits)[number];
/** Where a recruiter can move an applicant: a stage on their route, or an exit. */
export type MoveTarget = ApplicantStage | ApplicationExit;

export const exitTitles: Record<ApplicationExit, string> = {
  withdrawn: "Gestopt",
  rejected: "Afgewezen",
  parked: "In de wacht",
};

export function moveTargetTitle(target: MoveTarget): string {
  return target in exitTitles
    ? exitTitles[target as ApplicationExit]
    : stageInfo[target as ApplicantStage].title;
}

/** Why app.move_applicant refused a move (SQLSTATE OH422, its detail), in the recruiter's words. */
export const refusedMoveMessages: Record<string, { message: string; field?: string }> = {
  not_on_route: {
    message: "Deze stap past niet in de route van deze aanmelder. Kies de volgende of de vorige fase.",
    field: "toStage",
  },
  application_ended: { message: "Deze aanmelding is beëindigd en kan niet meer verplaatst worden." },
  reason_code_required: { message: "Kies een reden die bij deze keuze past.", field: "reasonCode" },
  reason_code_for_exit_only: {
    message: "Een reden hoort alleen bij stoppen, afwijzen of in de wacht zetten.",
    field: "reasonCode",
  },
  already_parked: { message: "Deze aanmelding staat al in de wacht." },
  resume_in_same_stage: {
    message: "Een aanmelding in de wacht gaat verder in de fase waarin ze stond.",
    field: "toStage",
  },
  vgb_missing: {
    message:
      "Er ontbreekt nog een ontvangen Verklaring van Geen Bezwaar (niet ouder dan 2 jaar) voor iemand van 12 jaar of ouder in het huis.",
    field: "toStage",
  },
  training_not_completed: { message: "De voorbereidingstraining is nog niet afgerond.", field: "toStage" },
  decision_missing: { message: "Leg eerst het schriftelijke besluit met de reden vast.", field: "toStage" },
  approval_required: {
    message:
      "Naar ‘Beschikbaar’ gaat alleen via goedkeuren: vul bij ‘Goedkeuren’ de capaciteit en het contact van het gezin in.",
    field: "toStage",
  },
};
