import {
  type ApplicationForPrefill,
  type CapacityPrefill,
  prefillCapacity,
} from "../../domain/capacity/approval";
import { amsterdamDate } from "../../domain/evenings/amsterdam-time";
import { findPostcodeArea } from "../geocode/gazetteer";
import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";

export type Approval =
  | { approved: true; householdId: string; label: string; approvedAt: Date }
  | { approved: false; prefill: CapacityPrefill };

/**
 * For the applicant page: the household the application was approved into, or else the approval
 * form filled in from the application.
 */
export async function getApproval(
  db: Database,
  claims: Claims,
  application: ApplicationForPrefill & { id: string },
): Promise<Approval> {
  const [household] = await withUser(db, claims, (tx) =>
    tx.query<{ id: string; label: string; created_at: Date }>(
      `select h.id, h.label, h.created_at from public.household_contacts c
       join public.households h on h.id = c.household_id where c.application_id = $1`,
      [application.id],
    ),
  );
  if (household)
    return {
      approved: true,
      householdId: household.id,
      label: household.label,
      approvedAt: new Date(household.created_at),
    };
  const area = application.postcode ? findPostcodeArea(application.postcode.slice(0, 4)) : undefined;
  return { approved: false, prefill: prefillCapacity(application, area, amsterdamDate(new Date())) };
}
