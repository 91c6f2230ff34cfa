export const applicationSteps = [
  { slug: "over-jou", key: "about_you", title: "Over jou" },
  { slug: "huishouden", key: "household", title: "Je huishouden" },
  { slug: "interesse", key: "interest", title: "Wat wil je doen" },
  { slug: "adres", key: "address", title: "Je adres" },
  { slug: "beschikbaarheid", key: "availability", title: "Beschikbaarheid" },
  { slug: "versturen", key: "review", title: "Controleren en versturen" },
] as const;

export type ApplicationStep = (typeof applicationSteps)[number];
export type StepKey = ApplicationStep["key"];

export function stepBySlug(slug: string | undefined): ApplicationStep | undefined {
  return applicationSteps.find((step) => step.slug === slug);
}

export function stepNumber(step: ApplicationStep): number {
  return applicationSteps.indexOf(step) + 1;
}

export function nextStep(step: ApplicationStep): ApplicationStep | undefined {
  return applicationSteps[applicationSteps.indexOf(step) + 1];
}

export function previousStep(step: ApplicationStep): ApplicationStep | undefined {
  return applicationSteps[applicationSteps.indexOf(step) - 1];
}

/** Where to continue: the first step not yet saved (the review step when all are). */
export function firstOpenStep(completed: readonly string[]): ApplicationStep {
  return (
    applicationSteps.find((step) => step.key !== "review" && !completed.includes(step.key)) ??
    applicationSteps[5]
  );
}
