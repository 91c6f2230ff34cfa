import type { CareForm, HouseholdKind, HouseholdStatus } from "../../domain/capacity/labels";
import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";

export interface CapacityOverview {
  totals: { kind: HouseholdKind; status: HouseholdStatus; households: number; freePlaces: number }[];
  staleCount: number;
  stalest: {
    id: string;
    label: string;
    kind: HouseholdKind;
    municipality: string;
    careForms: CareForm[];
    placesFree: number;
    capacityUpdatedAt: Date;
  }[];
}

/**
 * The recruiter's (or admin's) view of their organisations' capacity, stalest first: who needs a
 * nudge to confirm.
 */
export async function getCapacityOverview(db: Database, claims: Claims): Promise<CapacityOverview> {
  return withUser(db, claims, async (tx) => {
    const mine = `organisation_id in (select organisation_id from public.memberships
                  where user_id = (select auth.uid()) and role in ('recruiter', 'admin'))`;
    const totals = await tx.query<{
      kind: HouseholdKind;
      status: HouseholdStatus;
      households: number;
      free_places: number;
    }>(
      `select kind, status, count(*)::int as households, sum(places_free)::int as free_places
       from public.households where ${mine} group by kind, status order by kind, status`,
    );
    const [{ stale }] = await tx.query<{ stale: number }>(
      `select count(*)::int as stale from public.households
       where ${mine} and status = 'active' and private.capacity_is_stale(organisation_id, capacity_updated_at)`,
    );
    const stalest = await tx.query<{
      id: string;
      label: string;
      kind: HouseholdKind;
      municipality: string;
      care_forms: CareForm[];
      places_free: number;
      capacity_updated_at: Date;
    }>(
      `select id, label, kind, municipality, care_forms::text[] as care_forms, places_free, capacity_updated_at
       from public.households where ${mine} and status = 'active'
       order by capacity_updated_at asc limit 15`,
    );
    return {
      totals: totals.map((row) => ({
        kind: row.kind,
        status: row.status,
        households: row.households,
        freePlaces: row.free_places,
      })),
      staleCount: stale,
      stalest: stalest.map((row) => ({
        id: row.id,
        label: row.label,
        kind: row.kind,
        municipality: row.municipality,
        careForms: row.care_forms,
        placesFree: row.places_free,
        capacityUpdatedAt: new Date(row.capacity_updated_at),
      })),
    };
  });
}
