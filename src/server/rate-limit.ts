import type { Database } from "./sql/engine";
import { withService } from "./sql/with-user";

/**
 * Counts a hit for a visitor under `purpose` in this hour and tells whether it is still within
 * `perHour`, through the same SQL function the writing functions use. `visitor` is a hash
 * (`visitorKey`), never an address; counts live in the database, so every server shares them.
 */
export async function withinRateLimit(
  db: Database,
  purpose: string,
  visitor: string,
  perHour: number,
): Promise<boolean> {
  const [row] = await withService(db, (tx) =>
    tx.query<{ within: boolean }>("select private.within_rate_limit($1, $2, $3) as within", [
      purpose,
      visitor,
      perHour,
    ]),
  );
  return row.within;
}
