import { parseNeedLocation } from "../../domain/placement/need-location";
import type { Geocoder } from "../geocode/port";
import type { Database } from "../sql/engine";
import { withService } from "../sql/with-user";
import { locateNeed } from "./locate-need";

const maxAttempts = 10;

/**
 * The retry job for needs saved while the geocoder was down. Each need is claimed with
 * `for update skip locked`, so servers running the job at once never place one twice.
 */
export async function retryNeedLocations(db: Database, geocoder: Geocoder, batchSize = 20): Promise<number> {
  const pending = await withService(db, (tx) =>
    tx.query<{ id: string; school_location: string | null; parents_location: string | null }>(
      `select id, school_location, parents_location from public.placement_needs
       where location_status = 'failed' and location_attempts < $1 and updated_at < now() - interval '1 minute'
       order by updated_at limit $2`,
      [maxAttempts, batchSize],
    ),
  );
  for (const need of pending) {
    const located = await locateNeed(geocoder, {
      school: need.school_location ? (parseNeedLocation(need.school_location) ?? null) : null,
      parents: need.parents_location ? (parseNeedLocation(need.parents_location) ?? null) : null,
    });
    await withService(db, (tx) =>
      tx.query(
        `update public.placement_needs set
           location_status = $2, location_attempts = location_attempts + 1,
           school_postcode4 = $3, school_lat = $4, school_lng = $5,
           parents_postcode4 = $6, parents_lat = $7, parents_lng = $8
         where id = (select id from public.placement_needs
                     where id = $1 and location_status = 'failed' for update skip locked)`,
        [
          need.id,
          located.status,
          located.school?.postcode4 ?? null,
          located.school?.lat ?? null,
          located.school?.lng ?? null,
          located.parents?.postcode4 ?? null,
          located.parents?.lat ?? null,
          located.parents?.lng ?? null,
        ],
      ),
    );
  }
  return pending.length;
}
