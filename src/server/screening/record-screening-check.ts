import type {
  ScreeningCheckKind,
  ScreeningCheckStatus,
  ScreeningDecision,
} from "../../domain/screening/checks";
import { isInvalidParameter, isPermissionDenied, notAllowedMessage, UserFacingError } from "../errors";
import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";

export interface RecordScreeningCheck {
  applicationId: string;
  /** Leave out to record a new check; give it to record the next step of an existing one. */
  checkId?: string | null;
  kind: ScreeningCheckKind;
  householdMember?: number | null;
  status: ScreeningCheckStatus;
  /** yyyy-mm-dd; today when left out. */
  happenedOn?: string | null;
  decision?: ScreeningDecision | null;
  note?: string | null;
}

/** A recruiter records a check or its next step; the database stamps who and audits the change. */
export async function recordScreeningCheck(
  db: Database,
  claims: Claims,
  check: RecordScreeningCheck,
): Promise<string> {
  if (check.happenedOn && check.happenedOn > new Date().toISOString().slice(0, 10)) {
    throw new UserFacingError("Een datum in de toekomst kan nog niet; kies vandaag of eerder.", "happenedOn");
  }
  if (check.kind === "decision" && !check.decision) {
    throw new UserFacingError("Kies of het besluit geschikt of niet geschikt is.", "decision");
  }
  if (check.kind === "decision" && check.status === "completed" && !check.note?.trim()) {
    throw new UserFacingError("Schrijf de reden van het besluit op.", "note");
  }
  try {
    const [row] = await withUser(db, claims, (tx) =>
      tx.query<{ id: string }>("select app.record_screening_check($1, $2, $3, $4, $5, $6, $7, $8) as id", [
        check.applicationId,
        check.checkId ?? null,
        check.kind,
        check.householdMember ?? null,
        check.status,
        check.happenedOn ?? null,
        check.decision ?? null,
        check.note ?? null,
      ]),
    );
    return row.id;
  } catch (error) {
    if (isPermissionDenied(error)) throw new UserFacingError(notAllowedMessage);
    if (isInvalidParameter(error)) {
      throw new UserFacingError("Kies een bestaand gezinslid (alleen bij een VGB) en houd de notitie kort.");
    }
    throw error;
  }
}
