import type { StaffRole } from "../../domain/staff/roles";
import { isInvalidParameter, isPermissionDenied, notAllowedMessage, UserFacingError } from "../errors";
import { staffInvitationEmail, staffRoleGrantedEmail } from "../mail/templates/staff-invitation";
import { newSecretToken } from "../secret-token";
import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";
import { invitationAcceptUrl } from "./invitation-link";

export interface GrantStaffRole {
  organisationId: string;
  email: string;
  role: StaffRole;
  siteUrl: string;
}

/** Grants a role to a confirmed account, or invites the address, and mails the person, in one transaction. */
export async function grantStaffRole(
  db: Database,
  claims: Claims,
  grant: GrantStaffRole,
): Promise<"granted" | "invited" | "unchanged"> {
  const token = newSecretToken();
  try {
    return await withUser(db, claims, async (tx) => {
      const [{ outcome }] = await tx.query<{ outcome: "granted" | "invited" | "unchanged" }>(
        "select app.grant_staff_role($1, $2, $3, $4) as outcome",
        [grant.organisationId, grant.email, grant.role, token],
      );
      const [organisation] = await tx.query<{ name: string }>(
        "select name from public.organisations where id = $1",
        [grant.organisationId],
      );
      if (outcome === "invited") {
        const acceptUrl = invitationAcceptUrl(grant.siteUrl, token);
        tx.queueMail(staffInvitationEmail(grant.email, organisation.name, grant.role, acceptUrl));
      } else if (outcome === "granted") {
        const signInUrl = new URL("/inloggen", grant.siteUrl).toString();
        // The roles this person already had here, read as the admin like the staff table.
        const others = await tx.query<{ role: StaffRole }>(
          "select role from app.organisation_staff($1) where lower(email) = $2 and role <> $3",
          [grant.organisationId, grant.email.toLowerCase(), grant.role],
        );
        const otherRoles = others.map((other) => other.role);
        tx.queueMail(
          staffRoleGrantedEmail(grant.email, organisation.name, grant.role, signInUrl, otherRoles),
        );
      }
      return outcome;
    });
  } catch (error) {
    if (isPermissionDenied(error)) throw new UserFacingError(notAllowedMessage);
    if (isInvalidParameter(error)) throw new UserFacingError("Vul een geldig e-mailadres in.", "email");
    throw error;
  }
}
