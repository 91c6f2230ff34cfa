import { type CareForm, type HouseholdKind, householdKindLabels } from "../capacity/labels";
import { isStaleAvailability } from "./candidate-reasons";

/** Where the need's distances are measured from: the school's area, else the parents'. */
export interface NeedMapPoint {
  of: "school" | "parents";
  lat: number;
  lng: number;
}

/**
 * A candidate as the map shows it: pseudonymous, never a name, contact, address or exact point. The
 * point is its postcode-4 area's centroid.
 */
export interface MapCandidate {
  householdId: string;
  label: string;
  kind: HouseholdKind;
  careForms: CareForm[];
  placesFree: number;
  municipality: string;
  lat: number;
  lng: number;
  distanceKm: number | null;
  score: number;
  /** Availability not confirmed for longer than the stale limit. */
  stale: boolean;
}

export interface CandidateMap {
  need: NeedMapPoint | null;
  radiusKm: number;
  candidates: MapCandidate[];
}

/** Three decimals (about 100 m): a postcode-4 centroid keeps its value, anything finer is blurred. */
export const approximateDegrees = (degrees: number) => Math.round(degrees * 1000) / 1000;

interface RankedCandidate {
  householdId: string;
  label: string;
  kind: HouseholdKind;
  careForms: CareForm[];
  placesFree: number;
  municipality: string;
  approxLat: number;
  approxLng: number;
  distanceKm: number | null;
  score: number;
  contributions: { freshness: { days: number } };
}

/** Picks field by field, so nothing a candidate gains later reaches the map unasked. */
export function toMapCandidate(candidate: RankedCandidate): MapCandidate {
  return {
    householdId: candidate.householdId,
    label: candidate.label,
    kind: candidate.kind,
    careForms: [...candidate.careForms],
    placesFree: candidate.placesFree,
    municipality: candidate.municipality,
    lat: approximateDegrees(candidate.approxLat),
    lng: approximateDegrees(candidate.approxLng),
    distanceKm: candidate.distanceKm,
    score: candidate.score,
    stale: isStaleAvailability(candidate.contributions.freshness.days),
  };
}

/** Colour is never the only cue: each kind has its own letter and shape too. */
export const kindMarkers: Record<HouseholdKind, { letter: string; shape: "circle" | "square" | "diamond" }> =
  {
    foster_family: { letter: "P", shape: "circle" },
    family_home: { letter: "G", shape: "square" },
    support_family: { letter: "S", shape: "diamond" },
  };

const needPointLabels: Record<NeedMapPoint["of"], string> = {
  school: "School van het kind (gebied)",
  parents: "Ouders van het kind (gebied)",
};

export const needPointLabel = (point: NeedMapPoint) => needPointLabels[point.of];

/** What a screen reader hears on a marker: "Gezin U-0001, pleeggezin in Utrecht, 3,2 km, 2 vrije plekken". */
export function mapCandidateDescription(candidate: MapCandidate): string {
  const distance =
    candidate.distanceKm === null ? "afstand onbekend" : `${candidate.distanceKm.toLocaleString("nl-NL")} km`;
  const places = candidate.placesFree === 1 ? "1 vrije plek" : `${candidate.placesFree} vrije plekken`;
  const stale = candidate.stale ? ", beschikbaarheid verouderd" : "";
  return `${candidate.label}, ${householdKindLabels[candidate.kind].toLowerCase()} in ${candidate.municipality}, ${distance}, ${places}${stale}`;
}
