import type { NeedLocation } from "../../domain/placement/need-location";
import type { AreaResult, Geocoder } from "../geocode/port";

export type LocationStatus = "found" | "not_found" | "failed";

export interface LocatedNeed {
  school: AreaResult | null;
  parents: AreaResult | null;
  /** `not_found` when the geocoder does not know a location; `failed` (retried later) when it could not be asked. */
  status: LocationStatus;
}

/**
 * Places a need's school and parents. Runs before the need is saved and never stops the save: an
 * unknown location is saved without a point, one the geocoder could not reach is retried by the job.
 */
export async function locateNeed(
  geocoder: Geocoder,
  locations: { school: NeedLocation | null; parents: NeedLocation | null },
): Promise<LocatedNeed> {
  let failed = false;
  let unknown = false;
  const locate = async (location: NeedLocation | null) => {
    if (!location) return null;
    try {
      const area = await geocoder.locateArea(location);
      if (!area) unknown = true;
      return area;
    } catch {
      failed = true;
      return null;
    }
  };
  const [school, parents] = await Promise.all([locate(locations.school), locate(locations.parents)]);
  return { school, parents, status: failed ? "failed" : unknown ? "not_found" : "found" };
}
