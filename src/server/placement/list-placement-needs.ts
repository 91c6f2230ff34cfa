import type { CareForm } from "../../domain/capacity/labels";
import type { PlacementNeedStatus, Urgency } from "../../domain/placement/labels";
import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";

export interface PlacementNeedSummary {
  id: string;
  reference: string;
  childAge: number;
  siblingCount: number;
  urgency: Urgency;
  careForm: CareForm;
  startDate: string;
  status: PlacementNeedStatus;
}

/** The caller's organisation's needs: running ones most urgent first, then the ended ones, newest first. */
export async function listPlacementNeeds(db: Database, claims: Claims): Promise<PlacementNeedSummary[]> {
  const rows = await withUser(db, claims, (tx) =>
    tx.query<{
      id: string;
      reference: string;
      child_age: number;
      sibling_count: number;
      urgency: Urgency;
      care_form: CareForm;
      start_date: string;
      status: PlacementNeedStatus;
    }>(
      `select id, reference, child_age, sibling_count, urgency, care_form, start_date::text, status
       from public.placement_needs
       order by status in ('placed', 'cancelled'),
                array_position(array['crisis_today', 'within_days', 'regular']::public.urgency[], urgency),
                start_date, reference
       limit 200`,
    ),
  );
  return rows.map((row) => ({
    id: row.id,
    reference: row.reference,
    childAge: row.child_age,
    siblingCount: row.sibling_count,
    urgency: row.urgency,
    careForm: row.care_form,
    startDate: row.start_date,
    status: row.status,
  }));
}
