import { defineAction } from "astro:actions";
import { assignApplicantSchema, nextActionSchema } from "../domain/applications/follow-up";
import { getApp } from "../server/app";
import { assignApplicant } from "../server/follow-ups/assign-applicant";
import { setNextAction } from "../server/follow-ups/set-next-action";
import { requireClaims } from "./action-context";
import { asAction } from "./user-errors";

export const followUp = {
  assign: defineAction({
    accept: "form",
    input: assignApplicantSchema,
    handler: async ({ applicationId, assignee, expectedFollowUpVersion }, context) => {
      const claims = requireClaims(context);
      const app = await getApp();
      return asAction(() =>
        assignApplicant(app.db, claims, { applicationId, recruiterId: assignee, expectedFollowUpVersion }),
      );
    },
  }),

  setNextAction: defineAction({
    accept: "form",
    input: nextActionSchema,
    handler: async ({ applicationId, nextAction, nextActionDue, expectedFollowUpVersion }, context) => {
      const claims = requireClaims(context);
      const app = await getApp();
      return asAction(() =>
        setNextAction(app.db, claims, {
          applicationId,
          action: nextAction,
          due: nextActionDue,
          expectedFollowUpVersion,
        }),
      );
    },
  }),
};
