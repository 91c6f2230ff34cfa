import { type CandidateFilters, searchRadiusKm } from "../../domain/placement/candidate-filters";
import { type CandidateMap, toMapCandidate } from "../../domain/placement/candidate-map";
import type { Database } from "../sql/engine";
import type { Claims } from "../sql/with-user";
import { findShownCandidates } from "./find-shown-candidates";
import { getNeedMapPoint } from "./get-need-map-point";
import { getPlacementNeed } from "./get-placement-need";

/** The map of a need's shown candidates; undefined when the need is not the caller's organisation's. */
export async function getCandidateMap(
  db: Database,
  claims: Claims,
  needId: string,
  filters: CandidateFilters,
): Promise<CandidateMap | undefined> {
  const need = await getPlacementNeed(db, claims, needId);
  if (!need) return undefined;
  const point = await getNeedMapPoint(db, claims, needId);
  const open = need.status !== "placed" && need.status !== "cancelled";
  const { shown } = open ? await findShownCandidates(db, claims, needId, filters) : { shown: [] };
  return {
    need: point ?? null,
    radiusKm: searchRadiusKm(filters, need.maxDistanceKm),
    candidates: shown.map(toMapCandidate),
  };
}
