import type { ParentType } from "../parent-types";
import type { EligibilityAnswers } from "./eligibility-answers";

export type NotYetReason =
  | "needs_child_living_with_you"
  | "needs_free_bedroom"
  | "needs_bedroom_per_child"
  | "needs_vgb_for_household"
  | "needs_care_qualification";

export type EligibilityNote =
  | "discuss_vgb_at_home"
  | "support_screening_differs"
  | "support_needs_sleeping_place";

export type EligibilityOutcome =
  | { kind: "too_young" }
  | {
      kind: "can_help";
      /** What fits, best fit first. */
      fits: ParentType[];
      notYet: { parentType: ParentType; reasons: NotYetReason[] }[];
      notes: EligibilityNote[];
    };

function fosterReasons(answers: EligibilityAnswers): NotYetReason[] {
  const reasons: NotYetReason[] = [];
  if (answers.time !== "every_day") reasons.push("needs_child_living_with_you");
  if (answers.bedrooms === "none") reasons.push("needs_free_bedroom");
  if (answers.vgb === "not_everyone") reasons.push("needs_vgb_for_household");
  return reasons;
}

function familyHomeReasons(answers: EligibilityAnswers): NotYetReason[] {
  const reasons: NotYetReason[] = [];
  if (answers.time !== "every_day") reasons.push("needs_child_living_with_you");
  if (answers.careBackground !== "qualified") reasons.push("needs_care_qualification");
  if (answers.bedrooms !== "two_or_more") reasons.push("needs_bedroom_per_child");
  if (answers.vgb === "not_everyone") reasons.push("needs_vgb_for_household");
  return reasons;
}

/**
 * An honest first indication of how someone could help, from the legal floor (21+, a VGB for everyone
 * aged 12+ at the address) and what each kind of parenting asks. Not a decision: screening decides.
 */
export function assessEligibility(answers: EligibilityAnswers): EligibilityOutcome {
  if (answers.age !== "21_or_older") return { kind: "too_young" };

  const reasonsByType: [ParentType, NotYetReason[]][] = [
    ["family_home", familyHomeReasons(answers)],
    ["foster", fosterReasons(answers)],
    ["support", []],
  ];
  const fits = reasonsByType.filter(([, reasons]) => reasons.length === 0).map(([parentType]) => parentType);
  const notYet = reasonsByType
    .filter(([, reasons]) => reasons.length > 0)
    .map(([parentType, reasons]) => ({ parentType, reasons }));

  const notes: EligibilityNote[] = [];
  if (answers.vgb === "not_sure" && fits.some((parentType) => parentType !== "support"))
    notes.push("discuss_vgb_at_home");
  if (answers.vgb === "not_everyone") notes.push("support_screening_differs");
  if (answers.bedrooms === "none") notes.push("support_needs_sleeping_place");

  return { kind: "can_help", fits, notYet, notes };
}
