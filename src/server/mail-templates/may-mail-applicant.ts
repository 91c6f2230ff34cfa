import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";

/** Whether the recruiter may mail this applicant: a sent application of one of their organisations. */
export function mayMailApplicant(db: Database, claims: Claims, applicationId: string): Promise<boolean> {
  return withUser(db, claims, async (tx) => {
    const found = await tx.query(
      `select 1 from public.applications a
       where a.id = $1 and a.status <> 'draft' and a.organisation_id in (select private.my_organisations('recruiter'))`,
      [applicationId],
    );
    return found.length > 0;
  });
}
