import type { ScreeningCheck } from "../../domain/screening/checks";

/** The columns of public.screening_checks as the functions return them, dates as ISO text. */
export const screeningCheckColumns = `
  c.id, c.application_id, c.kind, c.household_member, c.status, c.requested_on::text as requested_on,
  c.received_on::text as received_on, c.completed_on::text as completed_on, c.decision, c.note,
  c.expires_at::text as expires_at, c.recorded_by, c.recorded_at`;

export interface ScreeningCheckRow {
  id: string;
  application_id: string;
  kind: ScreeningCheck["kind"];
  household_member: number | null;
  status: ScreeningCheck["status"];
  requested_on: string | null;
  received_on: string | null;
  completed_on: string | null;
  decision: ScreeningCheck["decision"];
  note: string | null;
  expires_at: string | null;
  recorded_by: string | null;
  recorded_at: Date;
}

export function toScreeningCheck(row: ScreeningCheckRow): ScreeningCheck {
  return {
    id: row.id,
    applicationId: row.application_id,
    kind: row.kind,
    householdMember: row.household_member,
    status: row.status,
    requestedOn: row.requested_on,
    receivedOn: row.received_on,
    completedOn: row.completed_on,
    decision: row.decision,
    note: row.note,
    expiresAt: row.expires_at,
    recordedBy: row.recorded_by,
    recordedAt: new Date(row.recorded_at),
  };
}
