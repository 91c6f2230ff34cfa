import { createHash } from "node:crypto";
import type { Database } from "./sql/engine";
import { withService } from "./sql/with-user";

/**
 * Counts a hit for `subject` (an IP address, say) under `purpose` in the current window and tells
 * whether it is still within `limit`. Only a hash of the subject is stored; counts live in the
 * database, so every server shares them.
 */
export async function withinRateLimit(
  db: Database,
  purpose: string,
  subject: string,
  limit: number,
  windowMinutes = 60,
): Promise<boolean> {
  const key = createHash("sha256").update(`${purpose}:${subject}`).digest("hex");
  const [row] = await withService(db, (tx) =>
    tx.query<{ hits: number }>(
      `insert into private.rate_limits (key, window_start, hits)
       values ($1, to_timestamp(floor(extract(epoch from now()) / ($2 * 60)) * ($2 * 60)), 1)
       on conflict (key, window_start) do update set hits = private.rate_limits.hits + 1
       returning hits`,
      [key, windowMinutes],
    ),
  );
  return row.hits <= limit;
}
