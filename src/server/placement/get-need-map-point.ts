import type { NeedMapPoint } from "../../domain/placement/candidate-map";
import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";

/**
 * The point a need's distances are measured from (as app.match_placement_need does: the school's
 * area, else the parents'), to 3 decimals; null when neither is located, undefined when the need is
 * not the caller's organisation's (RLS).
 */
export async function getNeedMapPoint(
  db: Database,
  claims: Claims,
  needId: string,
): Promise<NeedMapPoint | null | undefined> {
  const [row] = await withUser(db, claims, (tx) =>
    tx.query<{ of: NeedMapPoint["of"] | null; lat: string | null; lng: string | null }>(
      `select case when school_lat is not null then 'school' when parents_lat is not null then 'parents' end as of,
              round(coalesce(school_lat, parents_lat)::numeric, 3) as lat,
              round(coalesce(school_lng, parents_lng)::numeric, 3) as lng
       from public.placement_needs where id = $1`,
      [needId],
    ),
  );
  if (!row) return undefined;
  if (row.of === null || row.lat === null || row.lng === null) return null;
  return { of: row.of, lat: Number(row.lat), lng: Number(row.lng) };
}
