/** The application form's steps in order; their titles and slugs are in each language's dictionary. */
export const applicationSteps = [
  { key: "about_you" },
  { key: "household" },
  { key: "interest" },
  { key: "address" },
  { key: "availability" },
  { key: "review" },
] as const;

export type ApplicationStep = (typeof applicationSteps)[number];
export type StepKey = ApplicationStep["key"];

export function stepNumber(step: ApplicationStep): number {
  return applicationSteps.indexOf(step) + 1;
}

export function previousStep(step: ApplicationStep): ApplicationStep | undefined {
  return applicationSteps[applicationSteps.indexOf(step) - 1];
}

export function nextStep(step: ApplicationStep): ApplicationStep | undefined {
  return applicationSteps[applicationSteps.indexOf(step) + 1];
}

/** Where to continue: the first step not yet saved (the review step when all are). */
export function firstOpenStep(completed: readonly string[]): ApplicationStep {
  return (
    applicationSteps.find((step) => step.key !== "review" && !completed.includes(step.key)) ??
    applicationSteps[5]
  );
}
