import type { GuideForm } from "./guide-forms";

/**
 * What an organisation has of one form, counted over its active households. A group smaller than
 * the database's minimum (five) comes without number and ages: only that the form is offered.
 */
export interface GuideOffer {
  form: GuideForm;
  households: number | null;
  ageMin: number | null;
  ageMax: number | null;
}

/** The smallest group whose number and ages the guide shows (app.care_offer_per_organisation). */
export const smallestCountedGroup = 5;

export interface GuideOrganisation {
  id: string;
  name: string;
  phone: string | null;
  email: string | null;
  website: string | null;
  /** Where it works, by the gazetteer's municipality names. */
  municipalities: string[];
  offers: GuideOffer[];
}

export interface CareGuide {
  organisations: GuideOrganisation[];
}

/** "12 gezinnen, 0 tot en met 18 jaar", or that the group is too small to count in public. */
export function offerSummary(offer: GuideOffer): string {
  if (offer.households === null) return `minder dan ${smallestCountedGroup} gezinnen`;
  const ages =
    offer.ageMin === null || offer.ageMax === null ? "" : `, ${offer.ageMin} tot en met ${offer.ageMax} jaar`;
  return `${offer.households} gezinnen${ages}`;
}
