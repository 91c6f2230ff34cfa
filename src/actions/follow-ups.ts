import { defineAction } from "astro:actions";
import { assignApplicantSchema, nextActionSchema } from "../domain/applications/follow-up";
import { quietAfterDaysSchema } from "../domain/applications/quiet-after-days";
import { getApp } from "../server/app";
import { assignApplicant } from "../server/follow-ups/assign-applicant";
import { setNextAction } from "../server/follow-ups/set-next-action";
import { setQuietAfterDays } from "../server/follow-ups/set-quiet-after-days";
import { requireClaims } from "./action-context";
import { asAction } from "./user-errors";

/** Who follows an applicant up, what comes next, and after how many quiet days the board flags them. */
export const followUps = {
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

  setQuietAfterDays: defineAction({
    accept: "form",
    input: quietAfterDaysSchema,
    handler: async ({ organisationId, quietAfterDays }, context) => {
      const claims = requireClaims(context);
      const app = await getApp();
      await asAction(() => setQuietAfterDays(app.db, claims, organisationId, quietAfterDays));
      return { saved: true };
    },
  }),
};
