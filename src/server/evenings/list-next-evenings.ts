import type { InformationEvening } from "../../domain/evenings/evening";
import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";
import { type EveningRow, eveningColumns, eveningJoins, toInformationEvening } from "./evening-row";

/** Where a visitor is, as far as evenings go; each given part narrows the list. */
export interface EveningsNear {
  organisationIds?: readonly string[];
  organisationName?: string;
  regionName?: string;
}

/** The next evenings open for registration near the visitor, soonest first. */
export async function listNextEvenings(
  db: Database,
  claims: Claims | null,
  near: EveningsNear,
  limit: number,
): Promise<InformationEvening[]> {
  const rows = await withUser(db, claims, (tx) =>
    tx.query<EveningRow>(
      `select ${eveningColumns} from ${eveningJoins}
       where e.status = 'scheduled' and e.starts_at > now()
         and ($1::uuid[] is null or e.organisation_id = any($1::uuid[]))
         and ($2::text is null or o.name = $2)
         and ($3::text is null or r.name = $3)
       order by e.starts_at, e.id
       limit $4`,
      [near.organisationIds ?? null, near.organisationName ?? null, near.regionName ?? null, limit],
    ),
  );
  return rows.map(toInformationEvening);
}
