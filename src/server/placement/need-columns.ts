import type { PlacementNeedDetails } from "../../domain/placement/need-form";
import { needLocationText } from "../../domain/placement/need-location";
import type { LocatedNeed } from "./locate-need";

/** The columns a need's form writes, in order, with their values: one list for insert and update. */
export function needColumns(
  need: PlacementNeedDetails,
  located: LocatedNeed,
): [column: string, value: unknown][] {
  return [
    ["reference", need.reference],
    ["child_age", need.childAge],
    ["child_gender", need.childGender],
    ["sibling_count", need.siblingCount],
    ["siblings_together", need.siblingsTogether],
    ["urgency", need.urgency],
    ["start_date", need.startDate],
    ["care_form", need.careForm],
    ["expected_duration", need.expectedDuration],
    ["school_location", need.schoolLocation && needLocationText(need.schoolLocation)],
    ["school_postcode4", located.school?.postcode4 ?? null],
    ["school_lat", located.school?.lat ?? null],
    ["school_lng", located.school?.lng ?? null],
    ["parents_location", need.parentsLocation && needLocationText(need.parentsLocation)],
    ["parents_postcode4", located.parents?.postcode4 ?? null],
    ["parents_lat", located.parents?.lat ?? null],
    ["parents_lng", located.parents?.lng ?? null],
    ["location_status", located.status],
    ["max_distance_km", need.maxDistanceKm],
    ["needs", need.needs],
    ["needs_accessible_home", need.needsAccessibleHome],
    ["exclusions", need.exclusions],
    ["languages", need.languages],
    ["culture_wish", need.cultureWish],
    ["expected_past_eighteen", need.expectedPastEighteen],
    ["court_ordered", need.courtOrdered],
  ];
}

export const isUniqueViolation = (error: unknown) =>
  typeof error === "object" && error !== null && "code" in error && error.code === "23505";

export const referenceTakenMessage = "Dit kenmerk is al in gebruik. Kies een ander kenmerk.";
