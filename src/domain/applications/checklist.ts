import { nlApplication } from "../i18n/dictionaries/nl-application";
import { applicationStepPath } from "./form-paths";
import type { HouseholdMember } from "./schemas";
import { type ApplicantStage, stageIndex } from "./stages";
import { applicationSteps } from "./steps";

export interface ChecklistItem {
  text: string;
  done: boolean;
  href?: string;
}

export interface ChecklistInput {
  status: "draft" | "submitted" | "withdrawn" | "rejected";
  stage: ApplicantStage;
  stepsCompleted: readonly string[];
  householdMembers: readonly HouseholdMember[];
}

/** What the applicant still has to provide or do, in the order they will meet it. */
export function applicantChecklist(application: ChecklistInput, today: Date): ChecklistItem[] {
  const items: ChecklistItem[] = applicationSteps
    .filter((step) => step.key !== "review")
    .map((step) => ({
      text: `Aanmeldformulier: ${nlApplication.steps[step.key].toLowerCase()}`,
      // A sent form is complete, whatever was recorded per step (demo and imported applications record none).
      done: application.status !== "draft" || application.stepsCompleted.includes(step.key),
      href: applicationStepPath("nl", step.key),
    }));
  items.push({
    text: "Aanmelding versturen",
    done: application.status !== "draft",
    href: application.status === "draft" ? applicationStepPath("nl", "review") : undefined,
  });
  const screeningReached = stageIndex(application.stage) > stageIndex("screening");
  const vgbNeeded = application.householdMembers.filter(
    (member) => today.getUTCFullYear() - member.birthYear >= 12,
  );
  items.push({ text: "Verklaring van Geen Bezwaar (VGB) voor jezelf", done: screeningReached });
  for (const member of vgbNeeded) {
    const who =
      member.relation === "partner"
        ? "je partner"
        : member.relation === "child"
          ? "je kind"
          : "je huisgenoot";
    items.push({
      text: `Verklaring van Geen Bezwaar voor ${who} (geboren in ${member.birthYear})`,
      done: screeningReached,
    });
  }
  items.push({
    text: "Voorbereidingstraining volgen",
    done: stageIndex(application.stage) > stageIndex("preparation"),
  });
  return items;
}
