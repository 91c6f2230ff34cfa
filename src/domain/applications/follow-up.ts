import { z } from "zod";
import { optionalCalendarDate } from "../calendar-date";
import { rowVersion } from "../row-version";
import { textLine } from "../text";

const applicationId = z.uuid("Deze aanmelding bestaat niet.");
/** The follow-up's version the page showed; a change by someone else since then is refused. */
const expectedFollowUpVersion = rowVersion;

/** Assigning a recruiter; an empty choice means nobody. */
export const assignApplicantSchema = z.object({
  applicationId,
  expectedFollowUpVersion,
  assignee: z
    .union([z.uuid("Kies een werver uit de lijst."), z.literal("")], {
      error: "Kies een werver uit de lijst.",
    })
    .nullish()
    .transform((value) => value || null),
});

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** The next action and its due date: both filled in, or both empty to clear it. */
export const nextActionSchema = z
  .object({
    applicationId,
    expectedFollowUpVersion,
    nextAction: textLine()
      .max(200, "Houd de volgende actie kort: hoogstens 200 tekens.")
      .nullish()
      .transform((value) => value || null),
    nextActionDue: optionalCalendarDate,
  })
  .superRefine((value, ctx) => {
    if (value.nextAction && !value.nextActionDue)
      ctx.addIssue({ code: "custom", path: ["nextActionDue"], message: "Kies voor wanneer de actie is." });
    if (!value.nextAction && value.nextActionDue)
      ctx.addIssue({ code: "custom", path: ["nextAction"], message: "Schrijf op wat er moet gebeuren." });
  });

/** A next action is overdue once its day has passed; `today` is yyyy-mm-dd in Dutch time. */
export function isOverdue(due: string | null, today: string): boolean {
  return due !== null && isoDate.test(due) && due < today;
}

export type FollowUpEventKind = "assigned" | "unassigned" | "next_action_set" | "next_action_cleared";

export interface FollowUpEvent {
  kind: FollowUpEventKind;
  assignedRecruiterId: string | null;
  nextAction: string | null;
  nextActionDue: string | null;
}

/** How a follow-up change reads on the applicant page's timeline; `nameOf` names a recruiter by id. */
export function followUpEventTitle(
  event: FollowUpEvent,
  nameOf: (recruiterId: string) => string,
  formatDay: (day: string) => string,
): string {
  switch (event.kind) {
    case "assigned":
      return `Toegewezen aan ${event.assignedRecruiterId ? nameOf(event.assignedRecruiterId) : "een oud-collega"}`;
    case "unassigned":
      return "Niet meer toegewezen";
    case "next_action_set":
      return `Volgende actie: ${event.nextAction}${event.nextActionDue ? `, uiterlijk ${formatDay(event.nextActionDue)}` : ""}`;
    case "next_action_cleared":
      return "Volgende actie afgerond of gewist";
  }
}
