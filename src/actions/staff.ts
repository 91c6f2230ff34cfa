import { defineAction } from "astro:actions";
import { z } from "astro/zod";
import { staffInviteSchema } from "../domain/staff/invite";
import { getApp } from "../server/app";
import { grantStaffRole } from "../server/staff/grant-staff-role";
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
      const signInUrl = new URL("/inloggen", app.config.siteUrl).toString();
      const outcome = await asAction(() => grantStaffRole(app.db, claims, { ...input, signInUrl }));
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
};
