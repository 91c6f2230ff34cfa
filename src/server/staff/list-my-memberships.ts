import type { Membership, StaffRole } from "../../domain/staff/roles";
import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";

export async function listMyMemberships(db: Database, claims: Claims): Promise<Membership[]> {
  const rows = await withUser(db, claims, (tx) =>
    tx.query<{ id: string; organisation_id: string; organisation_name: string; role: StaffRole }>(
      `select m.id, m.organisation_id, o.name as organisation_name, m.role
       from public.memberships m join public.organisations o on o.id = m.organisation_id
       where m.user_id = (select auth.uid())
       order by o.name, m.role`,
    ),
  );
  return rows.map((row) => ({
    id: row.id,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    role: row.role,
  }));
}
