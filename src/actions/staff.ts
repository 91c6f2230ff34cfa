import { ActionError, defineAction } from "astro:actions";
import { z } from "astro/zod";
import { acceptInvitationSchema, invitationRefusalMessages } from "../domain/staff/invitation";
import { staffInviteSchema } from "../domain/staff/invite";
import { landingPath } from "../domain/staff/roles";
import { getApp } from "../server/app";
import { acceptStaffInvitation } from "../server/staff/accept-staff-invitation";
import { grantStaffRole } from "../server/staff/grant-staff-role";
import { listMyMemberships } from "../server/staff/list-my-memberships";
import { resendStaffInvitation } from "../server/staff/resend-staff-invitation";
import { revokeStaffRole } from "../server/staff/revoke-staff-role";
import { withdrawStaffInvitation } from "../server/staff/withdraw-staff-invitation";
import { requireClaims } from "./action-context";
import { asAction } from "./user-errors";

export const staff = {
  grantRole: defineAction({
    accept: "form",
    input: staffInviteSchema,
    handler: async (input, context) => {
      const claims = requireClaims(context);
      const app = await getApp();
      const outcome = await asAction(() =>
        grantStaffRole(app.db, claims, { ...input, siteUrl: app.config.siteUrl }),
      );
      return { outcome, email: input.email };
    },
  }),

  revokeRole: defineAction({
    accept: "form",
    input: z.object({ membershipId: z.uuid() }),
    handler: async ({ membershipId }, context) => {
      const claims = requireClaims(context);
      const app = await getApp();
      await asAction(() => revokeStaffRole(app.db, claims, membershipId));
      return { revoked: true };
    },
  }),

  withdrawInvitation: defineAction({
    accept: "form",
    input: z.object({ invitationId: z.uuid() }),
    handler: async ({ invitationId }, context) => {
      const claims = requireClaims(context);
      const app = await getApp();
      await asAction(() => withdrawStaffInvitation(app.db, claims, invitationId));
      return { withdrawn: true };
    },
  }),

  resendInvitation: defineAction({
    accept: "form",
    input: z.object({ invitationId: z.uuid() }),
    handler: async ({ invitationId }, context) => {
      const claims = requireClaims(context);
      const app = await getApp();
      return asAction(() => resendStaffInvitation(app.db, claims, invitationId, app.config.siteUrl));
    },
  }),

  acceptInvitation: defineAction({
    accept: "form",
    input: acceptInvitationSchema,
    handler: async ({ token }, context) => {
      const claims = requireClaims(context);
      const app = await getApp();
      const answer = await acceptStaffInvitation(app.db, claims, token);
      if (answer !== "accepted") {
        throw new ActionError({ code: "BAD_REQUEST", message: invitationRefusalMessages[answer] });
      }
      return { next: landingPath(await listMyMemberships(app.db, claims)) };
    },
  }),
};
