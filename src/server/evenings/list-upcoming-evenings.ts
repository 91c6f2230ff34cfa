import type { InformationEvening } from "../../domain/evenings/evening";
import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";
import { type EveningRow, eveningColumns, eveningJoins, toInformationEvening } from "./evening-row";

export interface UpcomingEvenings {
  /** Every region with an upcoming evening, for the filter. */
  regions: { slug: string; name: string }[];
  evenings: InformationEvening[];
}

/** Evenings open for registration, soonest first; only those in `regionSlug` when it has any. */
export async function listUpcomingEvenings(
  db: Database,
  claims: Claims | null,
  regionSlug?: string,
): Promise<UpcomingEvenings> {
  const rows = await withUser(db, claims, (tx) =>
    tx.query<EveningRow>(
      `select ${eveningColumns} from ${eveningJoins}
       where e.status = 'scheduled' and e.starts_at > now()
       order by e.starts_at, e.id`,
    ),
  );
  const evenings = rows.map(toInformationEvening);
  const regions = [...new Map(evenings.map((evening) => [evening.regionSlug, evening.regionName])).entries()]
    .map(([slug, name]) => ({ slug, name }))
    .sort((a, b) => a.name.localeCompare(b.name, "nl"));
  const inRegion = evenings.filter((evening) => evening.regionSlug === regionSlug);
  return { regions, evenings: inRegion.length > 0 ? inRegion : evenings };
}
