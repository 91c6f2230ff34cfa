import { z } from "zod";

/** The questions of the check, in the order they are asked, with their possible answers. */
export const eligibilityOptions = {
  age: ["under_18", "18_to_20", "21_or_older"],
  time: ["every_day", "few_days_a_month", "weekends_only"],
  bedrooms: ["none", "one", "two_or_more"],
  vgb: ["everyone_willing", "not_sure", "not_everyone"],
  careBackground: ["qualified", "experience_only", "none"],
} as const;

export type EligibilityQuestion = keyof typeof eligibilityOptions;

export const eligibilityQuestions = Object.keys(eligibilityOptions) as EligibilityQuestion[];

export const eligibilityAnswersSchema = z.object({
  age: z.enum(eligibilityOptions.age),
  time: z.enum(eligibilityOptions.time),
  bedrooms: z.enum(eligibilityOptions.bedrooms),
  vgb: z.enum(eligibilityOptions.vgb),
  careBackground: z.enum(eligibilityOptions.careBackground),
});

export type EligibilityAnswers = z.infer<typeof eligibilityAnswersSchema>;

/** Sent with every submission, so an empty form still shows which questions need an answer. */
export const submittedField = "submitted";

export type EligibilityForm =
  | { state: "blank" }
  | { state: "incomplete"; answers: Partial<EligibilityAnswers>; unanswered: EligibilityQuestion[] }
  | { state: "complete"; answers: EligibilityAnswers };

export function readEligibilityForm(query: URLSearchParams): EligibilityForm {
  const submitted = query.has(submittedField) || eligibilityQuestions.some((question) => query.has(question));
  if (!submitted) return { state: "blank" };

  const given = Object.fromEntries(
    eligibilityQuestions.map((question) => [question, query.get(question) ?? undefined]),
  );
  const parsed = eligibilityAnswersSchema.safeParse(given);
  if (parsed.success) return { state: "complete", answers: parsed.data };

  const unanswered = eligibilityQuestions.filter((question) =>
    parsed.error.issues.some((issue) => issue.path[0] === question),
  );
  const answers = Object.fromEntries(
    Object.entries(given).filter(([question]) => !unanswered.includes(question as EligibilityQuestion)),
  );
  return { state: "incomplete", answers, unanswered };
}
