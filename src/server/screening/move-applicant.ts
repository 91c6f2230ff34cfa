import type { ApplicantStage } from "../../domain/applications/stages";
import { formatDateTime } from "../../domain/format";
import { type MoveTarget, moveTargetTitle, refusedMoveMessages } from "../../domain/screening/moves";
import {
  databaseErrorField,
  isInvalidParameter,
  isPermissionDenied,
  notAllowedMessage,
  UserFacingError,
} from "../errors";
import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";

export interface MoveApplicant {
  applicationId: string;
  toStage: MoveTarget;
  /** The version the recruiter's page showed; a move by someone else since then is refused. */
  expectedVersion: number;
  reasonCode?: string | null;
  note?: string | null;
}

/** What app.move_applicant reports when the version is stale (SQLSTATE OH409). */
interface ChangedMeanwhile {
  stage: ApplicantStage;
  status: string;
  version: number;
  moved_by: string | null;
  moved_at: string | null;
}

/** A recruiter or admin moves an applicant; the database checks the route and the requirements. */
export async function moveApplicant(
  db: Database,
  claims: Claims,
  move: MoveApplicant,
): Promise<{ version: number }> {
  try {
    const [row] = await withUser(db, claims, (tx) =>
      tx.query<{ version: number }>("select app.move_applicant($1, $2, $3, $4, $5) as version", [
        move.applicationId,
        move.toStage,
        move.expectedVersion,
        move.reasonCode ?? null,
        move.note ?? null,
      ]),
    );
    return { version: row.version };
  } catch (error) {
    if (isPermissionDenied(error)) throw new UserFacingError(notAllowedMessage);
    const code = databaseErrorField(error, "code");
    if (code === "OH409")
      throw new UserFacingError(changedMeanwhileMessage(claims, databaseErrorField(error, "detail")));
    if (code === "OH422") {
      const refused = refusedMoveMessages[databaseErrorField(error, "detail") ?? ""];
      if (refused) throw new UserFacingError(refused.message, refused.field);
    }
    if (isInvalidParameter(error))
      throw new UserFacingError("Kies een bestaande fase en houd de notitie kort.");
    throw error;
  }
}

/** The Dutch "someone else moved it" message for app.move_applicant's (and app.approve_applicant's) OH409. */
export function changedMeanwhileMessage(claims: Claims, detail: string | undefined): string {
  const changed = JSON.parse(detail ?? "{}") as Partial<ChangedMeanwhile>;
  const target: MoveTarget =
    changed.status && ["withdrawn", "rejected", "parked"].includes(changed.status)
      ? (changed.status as MoveTarget)
      : (changed.stage ?? "application");
  const who = changed.moved_by === claims.sub ? "Je hebt" : "Een collega heeft";
  const when = changed.moved_at ? ` op ${formatDateTime(changed.moved_at)}` : "";
  return (
    `${who} deze aanmelding${when} al verplaatst naar ${moveTargetTitle(target)}. ` +
    "Bekijk de nieuwe stand en kies opnieuw."
  );
}
