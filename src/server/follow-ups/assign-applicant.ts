import type { Database } from "../sql/engine";
import type { Claims } from "../sql/with-user";
import { changeFollowUp } from "./change-follow-up";

export interface AssignApplicant {
  applicationId: string;
  /** A recruiter of the application's organisation, or null for nobody. */
  recruiterId: string | null;
  expectedFollowUpVersion: number;
}

/** A recruiter assigns an applicant to a colleague, to themselves, or to nobody. */
export function assignApplicant(db: Database, claims: Claims, assignment: AssignApplicant) {
  return changeFollowUp(
    db,
    claims,
    "select app.assign_applicant($1, $2, $3) as version",
    [assignment.applicationId, assignment.recruiterId, assignment.expectedFollowUpVersion],
    { message: "Kies een werver van je organisatie.", field: "assignee" },
  );
}
