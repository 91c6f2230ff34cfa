import type { Database } from "../sql/engine";
import type { Claims } from "../sql/with-user";
import { changeFollowUp } from "./change-follow-up";

export interface SetNextAction {
  applicationId: string;
  /** Both null clears the next action. */
  action: string | null;
  /** yyyy-mm-dd */
  due: string | null;
  expectedFollowUpVersion: number;
}

/** A recruiter sets what happens next with an applicant and by when, or clears it. */
export function setNextAction(db: Database, claims: Claims, next: SetNextAction) {
  return changeFollowUp(
    db,
    claims,
    "select app.set_next_action($1, $2, $3, $4) as version",
    [next.applicationId, next.action, next.due, next.expectedFollowUpVersion],
    { message: "Schrijf kort op wat er moet gebeuren en kies een datum.", field: "nextAction" },
  );
}
