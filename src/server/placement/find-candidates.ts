import type { CareForm, HouseholdKind } from "../../domain/capacity/labels";
import type { Contributions, HardFilter } from "../../domain/placement/candidate-reasons";
import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";

/** A household as matching shows it to any placement worker in the region: pseudonymous. */
export interface Candidate {
  householdId: string;
  label: string;
  kind: HouseholdKind;
  careForms: CareForm[];
  ageMin: number;
  ageMax: number;
  placesFree: number;
  municipality: string;
  /** The postcode-4 centroid, to 3 decimals (~100 m): for a map, never an address. */
  approxLat: number;
  approxLng: number;
  expertise: string[];
  capacityUpdatedAt: Date;
  distanceKm: number | null;
  score: number;
  contributions: Contributions;
}

export interface CandidateSearch {
  candidates: Candidate[];
  /** When nothing fits: per hard filter, how many of the region's households it removed. */
  removedBy: { filter: HardFilter; households: number }[];
}

interface CandidateRow {
  household_id: string;
  label: string;
  kind: HouseholdKind;
  care_forms: CareForm[];
  age_min: number;
  age_max: number;
  places_free: number;
  municipality: string;
  approx_lat: string;
  approx_lng: string;
  expertise: string[];
  capacity_updated_at: Date;
  distance_km: string | null;
  score: string;
  contributions: Contributions;
}

/** The ranked candidates for a need of the caller's organisation (app.match_placement_need decides who may). */
export async function findCandidates(
  db: Database,
  claims: Claims,
  needId: string,
  maxCandidates = 10,
): Promise<CandidateSearch> {
  return withUser(db, claims, async (tx) => {
    const rows = await tx.query<CandidateRow>("select * from app.match_placement_need($1, $2)", [
      needId,
      maxCandidates,
    ]);
    const removedBy =
      rows.length > 0
        ? []
        : await tx.query<{ filter: HardFilter; households: number }>(
            "select filter, households from app.placement_need_filter_counts($1)",
            [needId],
          );
    return {
      candidates: rows.map((row) => ({
        householdId: row.household_id,
        label: row.label,
        kind: row.kind,
        careForms: row.care_forms,
        ageMin: row.age_min,
        ageMax: row.age_max,
        placesFree: row.places_free,
        municipality: row.municipality,
        approxLat: Number(row.approx_lat),
        approxLng: Number(row.approx_lng),
        expertise: row.expertise,
        capacityUpdatedAt: new Date(row.capacity_updated_at),
        distanceKm: row.distance_km === null ? null : Number(row.distance_km),
        score: Number(row.score),
        contributions: row.contributions,
      })),
      removedBy,
    };
  });
}
