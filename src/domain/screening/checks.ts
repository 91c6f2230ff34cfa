export const screeningCheckKinds = ["vgb", "reference", "training", "home_visit", "decision"] as const;
export type ScreeningCheckKind = (typeof screeningCheckKinds)[number];
export const screeningCheckStatuses = ["requested", "received", "completed"] as const;
export type ScreeningCheckStatus = (typeof screeningCheckStatuses)[number];
export type ScreeningDecision = "suitable" | "unsuitable";

export const screeningCheckKindTitles: Record<ScreeningCheckKind, string> = {
  vgb: "Verklaring van Geen Bezwaar",
  reference: "Referentie",
  training: "Voorbereidingstraining",
  home_visit: "Huisbezoek",
  decision: "Besluit",
};

export interface ScreeningCheck {
  id: string;
  applicationId: string;
  kind: ScreeningCheckKind;
  /** null: the applicant; n: the n-th person (from 0) in the application's household. */
  householdMember: number | null;
  status: ScreeningCheckStatus;
  requestedOn: string | null;
  receivedOn: string | null;
  completedOn: string | null;
  decision: ScreeningDecision | null;
  note: string | null;
  /** A VGB's re-screening date: two years after receipt. */
  expiresAt: string | null;
  recordedBy: string | null;
  recordedAt: Date;
}
