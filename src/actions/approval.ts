import { defineAction } from "astro:actions";
import { approvalSchema } from "../domain/capacity/approval";
import { getApp } from "../server/app";
import { approveApplicant } from "../server/approval/approve-applicant";
import { requireClaims } from "./action-context";
import { asAction } from "./user-errors";

export const approval = {
  approveApplicant: defineAction({
    accept: "form",
    input: approvalSchema,
    handler: async (input, context) => {
      const claims = requireClaims(context);
      const app = await getApp();
      return asAction(() => approveApplicant(app.db, claims, input));
    },
  }),
};
