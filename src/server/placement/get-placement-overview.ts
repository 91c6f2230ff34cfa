import type { CareForm } from "../../domain/capacity/labels";
import type { PlacementNeedStatus, Urgency } from "../../domain/placement/labels";
import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";

export interface PlacementOverview {
  needs: {
    id: string;
    reference: string;
    childAge: number;
    siblingCount: number;
    urgency: Urgency;
    careForm: CareForm;
    startDate: Date;
    status: PlacementNeedStatus;
  }[];
}

/** The placement worker's own organisation's needs that are still open, most urgent first. */
export async function getPlacementOverview(db: Database, claims: Claims): Promise<PlacementOverview> {
  return withUser(db, claims, async (tx) => {
    const needs = await tx.query<{
      id: string;
      reference: string;
      child_age: number;
      sibling_count: number;
      urgency: Urgency;
      care_form: CareForm;
      start_date: Date;
      status: PlacementNeedStatus;
    }>(
      `select id, reference, child_age, sibling_count, urgency, care_form, start_date, status
       from public.placement_needs where status in ('open', 'matching', 'proposed')
       order by array_position(array['crisis_today', 'within_days', 'regular']::public.urgency[], urgency), start_date`,
    );
    return {
      needs: needs.map((row) => ({
        id: row.id,
        reference: row.reference,
        childAge: row.child_age,
        siblingCount: row.sibling_count,
        urgency: row.urgency,
        careForm: row.care_form,
        startDate: new Date(row.start_date),
        status: row.status,
      })),
    };
  });
}
