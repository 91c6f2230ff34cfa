import type { Claims, VisitorClaims } from "../sql/with-user";

/** Who is filling in an application: a signed-in person, or a visitor whose browser holds a draft token. */
export interface Applicant {
  claims: Claims | null;
  draftToken: string | undefined;
}

export function applicantClaims(applicant: Applicant): Claims | VisitorClaims {
  return applicant.claims ?? { role: "anon", draft_token: applicant.draftToken };
}

/**
 * Limits a query to the caller's own application, also for staff whose RLS shows them more. A draft
 * token opens only a draft nobody has claimed yet, as in the RLS policies.
 */
export function ownApplication(alias: string): string {
  return `(${alias}.user_id = (select auth.uid())
  or (${alias}.user_id is null and ${alias}.status = 'draft'
      and ${alias}.draft_token_hash = encode(sha256(convert_to((select auth.jwt()) ->> 'draft_token', 'UTF8')), 'hex')))`;
}
