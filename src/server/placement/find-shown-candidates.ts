import {
  type CandidateFilters,
  filterCandidates,
  filteredCandidatePool,
  shownCandidates,
} from "../../domain/placement/candidate-filters";
import type { Database } from "../sql/engine";
import type { Claims } from "../sql/with-user";
import { type Candidate, type CandidateSearch, findCandidates } from "./find-candidates";

/**
 * The best candidates that pass the filters: filtered from a wider ranked pool, so a filter does not
 * merely thin out the unfiltered top ten. The list and the map show exactly these.
 */
export async function findShownCandidates(
  db: Database,
  claims: Claims,
  needId: string,
  filters: CandidateFilters,
): Promise<CandidateSearch & { shown: Candidate[] }> {
  const search = await findCandidates(db, claims, needId, filteredCandidatePool);
  return { ...search, shown: filterCandidates(search.candidates, filters).slice(0, shownCandidates) };
}
