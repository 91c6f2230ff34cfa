import type { PlacementNeed } from "./get-placement-need";

/** A stored need as its edit form shows it: text fields, and the checked values of each checkbox group. */
export function needFormValues(need: PlacementNeed): {
  values: Record<string, string>;
  lists: Record<string, string[]>;
} {
  const checked = (on: boolean) => (on ? ["true"] : []);
  return {
    values: {
      reference: need.reference,
      childAge: String(need.childAge),
      childGender: need.childGender ?? "",
      siblingCount: String(need.siblingCount),
      urgency: need.urgency,
      startDate: need.startDate,
      careForm: need.careForm,
      expectedDuration: need.expectedDuration ?? "",
      schoolLocation: need.school?.text ?? "",
      parentsLocation: need.parents?.text ?? "",
      maxDistanceKm: String(need.maxDistanceKm),
      cultureWish: need.cultureWish ?? "",
    },
    lists: {
      siblingsTogether: checked(need.siblingsTogether),
      needs: need.needs,
      needsAccessibleHome: checked(need.needsAccessibleHome),
      exclusions: need.exclusions,
      languages: need.languages,
      expectedPastEighteen: checked(need.expectedPastEighteen),
      courtOrdered: checked(need.courtOrdered),
    },
  };
}
