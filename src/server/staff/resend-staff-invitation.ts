import type { StaffRole } from "../../domain/staff/roles";
import { isPermissionDenied, notAllowedMessage, UserFacingError } from "../errors";
import { staffInvitationEmail } from "../mail/templates/staff-invitation";
import { newSecretToken } from "../secret-token";
import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";
import { invitationAcceptUrl } from "./invitation-link";

/** Mails an open invitation again with a new link, valid 7 more days; the earlier link stops working. */
export async function resendStaffInvitation(
  db: Database,
  claims: Claims,
  invitationId: string,
  siteUrl: string,
): Promise<{ email: string }> {
  const token = newSecretToken();
  try {
    return await withUser(db, claims, async (tx) => {
      const [invitation] = await tx.query<{ email: string; organisation_id: string; role: StaffRole }>(
        "select email, organisation_id, role from app.resend_staff_invitation($1, $2)",
        [invitationId, token],
      );
      const [organisation] = await tx.query<{ name: string }>(
        "select name from public.organisations where id = $1",
        [invitation.organisation_id],
      );
      const acceptUrl = invitationAcceptUrl(siteUrl, token);
      tx.queueMail(staffInvitationEmail(invitation.email, organisation.name, invitation.role, acceptUrl));
      return { email: invitation.email };
    });
  } catch (error) {
    if (isPermissionDenied(error)) throw new UserFacingError(notAllowedMessage);
    throw error;
  }
}
