import type { StaffRole } from "../../domain/staff/roles";
import { isInvalidParameter, isPermissionDenied, notAllowedMessage, UserFacingError } from "../errors";
import { staffInvitationEmail } from "../mail/templates/staff-invitation";
import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";

export interface GrantStaffRole {
  organisationId: string;
  email: string;
  role: StaffRole;
  signInUrl: string;
}

/** Grants a role (or invites the address) and mails the person, in one transaction. */
export async function grantStaffRole(
  db: Database,
  claims: Claims,
  grant: GrantStaffRole,
): Promise<"granted" | "invited" | "unchanged"> {
  try {
    return await withUser(db, claims, async (tx) => {
      const [{ outcome }] = await tx.query<{ outcome: "granted" | "invited" | "unchanged" }>(
        "select app.grant_staff_role($1, $2, $3) as outcome",
        [grant.organisationId, grant.email, grant.role],
      );
      const [organisation] = await tx.query<{ name: string }>(
        "select name from public.organisations where id = $1",
        [grant.organisationId],
      );
      if (outcome !== "unchanged") {
        tx.queueMail(staffInvitationEmail(grant.email, organisation.name, grant.role, grant.signInUrl));
      }
      return outcome;
    });
  } catch (error) {
    if (isPermissionDenied(error)) throw new UserFacingError(notAllowedMessage);
    if (isInvalidParameter(error)) throw new UserFacingError("Vul een geldig e-mailadres in.", "email");
    throw error;
  }
}
