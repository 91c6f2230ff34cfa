import { formatDateTime } from "../../domain/format";
import {
  type ProposalStage,
  proposalStageLabels,
  refusedStepMessages,
} from "../../domain/placement/workflow";
import { databaseErrorField, isInvalidParameter, isPermissionDenied, UserFacingError } from "../errors";
import type { Claims } from "../sql/with-user";

/** What the workflow functions report when the proposal moved on meanwhile (SQLSTATE OH409). */
interface ChangedMeanwhile {
  status: ProposalStage;
  placed: boolean;
  ended: boolean;
  changed_by: string | null;
  changed_at: string | null;
}

/**
 * Runs one workflow step and turns the database's refusals into Dutch messages: not the caller's
 * (42501), changed meanwhile (OH409), stale or not allowed now (OH422), bad input (22023).
 */
export async function withStepErrors<T>(claims: Claims, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (isPermissionDenied(error))
      throw new UserFacingError(
        "Dit voorstel is niet van jouw organisatie, of je rol mag deze stap niet zetten.",
      );
    const code = databaseErrorField(error, "code");
    if (code === "OH409")
      throw new UserFacingError(changedMeanwhileMessage(claims, databaseErrorField(error, "detail")));
    if (code === "OH422") {
      const refused = refusedStepMessages[databaseErrorField(error, "detail") ?? ""];
      if (refused) throw new UserFacingError(refused.message, refused.field);
    }
    if (isInvalidParameter(error))
      throw new UserFacingError("Controleer het bericht en de toelichting: hoogstens 2000 tekens.");
    throw error;
  }
}

function changedMeanwhileMessage(claims: Claims, detail: string | undefined): string {
  const changed = JSON.parse(detail ?? "{}") as Partial<ChangedMeanwhile>;
  const stage: ProposalStage = changed.ended
    ? "ended"
    : changed.placed
      ? "placed"
      : (changed.status ?? "shortlisted");
  const who = changed.changed_by === claims.sub ? "door jou" : "door iemand anders";
  const when = changed.changed_at ? ` op ${formatDateTime(changed.changed_at)}` : "";
  return (
    `Dit voorstel is intussen ${who}${when} gewijzigd en staat nu op "${proposalStageLabels[stage]}". ` +
    "Bekijk de nieuwe stand en kies opnieuw."
  );
}
