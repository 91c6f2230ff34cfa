import { z } from "zod";
import { applicantStages } from "../applications/stages";
import { optionalCalendarDate } from "../calendar-date";
import { rowVersion } from "../row-version";
import { multilineText } from "../text";
import { type screeningCheckKinds, screeningCheckStatuses } from "./checks";
import { applicationExits } from "./moves";

const noteField = multilineText()
  .max(2000, "Houd de notitie kort: hoogstens 2000 tekens.")
  .nullish()
  .transform((value) => value || null);

/** The recruiter's move form; the database decides whether the move is allowed. */
export const moveApplicantSchema = z.object({
  applicationId: z.uuid("Deze aanmelding bestaat niet."),
  toStage: z.enum([...applicantStages, ...applicationExits], { error: "Kies waar de aanmelding heen gaat." }),
  expectedVersion: rowVersion,
  reasonCode: z
    .string()
    .regex(/^[a-z_]{0,40}$/, "Kies een reden uit de lijst.")
    .nullish()
    .transform((value) => value || null),
  /** Named apart from the check form's note: both forms share the page, and so their fields' ids. */
  moveNote: noteField,
});

/**
 * Which check: `vgb` is the applicant's VGB, `vgb:<n>` the n-th household member's (from 0), the rest
 * are the other kinds. One choice, so a form without JavaScript never pairs a member with a reference.
 */
export const checkSubject = z
  .string({ error: "Kies welke controle je vastlegt." })
  .regex(/^(vgb(:\d{1,2})?|reference|training|home_visit|decision)$/, "Kies welke controle je vastlegt.")
  .transform((value) => {
    const [kind, member] = value.split(":");
    return {
      kind: kind as (typeof screeningCheckKinds)[number],
      householdMember: member === undefined ? null : Number(member),
    };
  });

export const recordCheckSchema = z.object({
  applicationId: z.uuid("Deze aanmelding bestaat niet."),
  /** Given when recording the next step of a check already listed. */
  checkId: z.uuid("Deze controle bestaat niet.").nullish(),
  subject: checkSubject,
  status: z.enum(screeningCheckStatuses, { error: "Kies de stand van de controle." }),
  happenedOn: optionalCalendarDate,
  decision: z
    .enum(["suitable", "unsuitable", ""], { error: "Kies geschikt of niet geschikt." })
    .nullish()
    .transform((value) => value || null),
  note: noteField,
});

export const checkStatusLabels: Record<(typeof screeningCheckStatuses)[number], string> = {
  requested: "Aangevraagd",
  received: "Ontvangen",
  completed: "Afgerond",
};

/** The step that follows, offered as a button next to a listed check; a decision is completed in the form, with its reason. */
export function nextCheckStatus(check: {
  kind: (typeof screeningCheckKinds)[number];
  status: (typeof screeningCheckStatuses)[number];
}): (typeof screeningCheckStatuses)[number] | undefined {
  if (check.kind === "decision") return undefined;
  // A received VGB is the end of it: its two years of validity count from receipt.
  if (check.kind === "vgb" && check.status !== "requested") return undefined;
  return { requested: "received", received: "completed", completed: undefined }[check.status] as
    | (typeof screeningCheckStatuses)[number]
    | undefined;
}

export const decisionLabels = { suitable: "Geschikt", unsuitable: "Niet geschikt" } as const;
