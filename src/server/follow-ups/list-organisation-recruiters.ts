import type { UserTransaction } from "../sql/with-user";

export interface Recruiter {
  userId: string;
  email: string;
}

/** The recruiters of an organisation: whom an applicant can be assigned to. */
export function listOrganisationRecruiters(
  tx: UserTransaction,
  organisationId: string,
): Promise<Recruiter[]> {
  return tx.query<Recruiter>(`select r.user_id as "userId", r.email from app.organisation_recruiters($1) r`, [
    organisationId,
  ]);
}
