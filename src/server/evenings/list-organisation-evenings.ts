import type { InformationEvening } from "../../domain/evenings/evening";
import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";
import { type EveningRow, eveningColumns, eveningJoins, toInformationEvening } from "./evening-row";
import { managedByCaller } from "./staff-scope";

export interface OrganisationEvening extends InformationEvening {
  registered: number;
  waitlisted: number;
}

/** The evenings of the caller's organisations, from two months back onwards, with their counts. */
export async function listOrganisationEvenings(db: Database, claims: Claims): Promise<OrganisationEvening[]> {
  const rows = await withUser(db, claims, (tx) =>
    tx.query<EveningRow & { registered: number; waitlisted: number }>(
      `select ${eveningColumns},
         count(reg.id) filter (where reg.status in ('registered', 'attended', 'no_show')) as registered,
         count(reg.id) filter (where reg.status = 'waitlisted') as waitlisted
       from ${eveningJoins}
       left join public.evening_registrations reg on reg.evening_id = e.id
       where ${managedByCaller} and e.ends_at > now() - interval '60 days'
       group by e.id, o.id, r.id
       order by e.starts_at, e.id`,
    ),
  );
  return rows.map((row) => ({
    ...toInformationEvening(row),
    registered: Number(row.registered),
    waitlisted: Number(row.waitlisted),
  }));
}
