import type { Database } from "../sql/engine";
import { withService } from "../sql/with-user";

/** Remembered geocoder answers by normalised question; `result` null means "no such place". */
export interface GeocodeCache {
  /** The answer while it is fresh, else undefined. */
  read(key: string): Promise<{ result: object | null } | undefined>;
  write(key: string, result: object | null): Promise<void>;
}

// An address or area rarely moves; one PDOK did not know may be added to the BAG any day.
const freshFor = "case when result is null then interval '1 day' else interval '30 days' end";

/** The cache in `private.geocode_cache`, read and written as the service role. */
export function createSqlGeocodeCache(db: Database): GeocodeCache {
  return {
    async read(key) {
      const [row] = await withService(db, (tx) =>
        tx.query<{ result: object | null }>(
          `select result from private.geocode_cache where query_key = $1 and fetched_at > now() - ${freshFor}`,
          [key],
        ),
      );
      return row;
    },
    async write(key, result) {
      await withService(db, (tx) =>
        tx.query(
          `insert into private.geocode_cache (query_key, result) values ($1, $2::text::jsonb)
           on conflict (query_key) do update set result = excluded.result, fetched_at = now()`,
          [key, result === null ? null : JSON.stringify(result)],
        ),
      );
    },
  };
}

/** Drops answers past their freshness, so the cache keeps no address longer than it is useful. */
export async function deleteStaleGeocodes(db: Database): Promise<number> {
  const deleted = await withService(db, (tx) =>
    tx.query(`delete from private.geocode_cache where fetched_at <= now() - ${freshFor} returning 1`),
  );
  return deleted.length;
}
