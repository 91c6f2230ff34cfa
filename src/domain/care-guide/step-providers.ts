import type { GuideOffer, GuideOrganisation } from "./care-guide";
import type { DecisionAidAnswers } from "./decision-aid";
import { type GuideStep, stepOfForm } from "./guide-forms";

/** Whether an organisation's counted ages of a step include the child's age. */
export type AgeFit = "fits" | "outside" | "unknown";

export interface StepProvider {
  organisation: GuideOrganisation;
  /** Its offers that belong to the step, lightest form first. */
  offers: GuideOffer[];
  /** Null when the local team named no municipality. */
  worksInMunicipality: boolean | null;
  /** Null when the local team gave no age. */
  ageFit: AgeFit | null;
}

const ageFitOrder: Record<AgeFit, number> = { fits: 0, unknown: 1, outside: 2 };

/**
 * The organisations offering a step, those working in the child's municipality first, then those
 * whose households take children of that age, then the ones that cannot tell (small groups).
 */
export function providersOfStep(
  organisations: readonly GuideOrganisation[],
  step: GuideStep,
  answers: Pick<DecisionAidAnswers, "leeftijd" | "gemeente">,
): StepProvider[] {
  const { leeftijd, gemeente } = answers;
  const providers = organisations.flatMap((organisation) => {
    const offers = organisation.offers.filter((offer) => stepOfForm[offer.form] === step);
    if (offers.length === 0) return [];
    return [
      {
        organisation,
        offers,
        worksInMunicipality: gemeente === undefined ? null : organisation.municipalities.includes(gemeente),
        ageFit: leeftijd === undefined ? null : ageFitOf(offers, leeftijd),
      },
    ];
  });
  // Array sort is stable: within a rank the organisations keep their (alphabetical) order.
  const rank = (provider: StepProvider) =>
    (provider.worksInMunicipality === false ? 10 : 0) +
    (provider.ageFit === null ? 0 : ageFitOrder[provider.ageFit]);
  return providers.sort((a, b) => rank(a) - rank(b));
}

function ageFitOf(offers: readonly GuideOffer[], age: number): AgeFit {
  const covers = (offer: GuideOffer) =>
    offer.ageMin !== null && offer.ageMax !== null && offer.ageMin <= age && age <= offer.ageMax;
  if (offers.some(covers)) return "fits";
  return offers.some((offer) => offer.ageMin === null) ? "unknown" : "outside";
}

/**
 * Whom a local team calls to ask for a place: the organisations working in the child's
 * municipality, or every organisation when it named none (or none works there).
 */
export function entryPointsFor(
  organisations: readonly GuideOrganisation[],
  gemeente: string | undefined,
): GuideOrganisation[] {
  const serving = gemeente
    ? organisations.filter((organisation) => organisation.municipalities.includes(gemeente))
    : [];
  return serving.length > 0 ? serving : [...organisations];
}
