import { defineAction } from "astro:actions";
import { quietAfterDaysSchema } from "../domain/applications/quiet-after-days";
import { getApp } from "../server/app";
import { setQuietAfterDays } from "../server/follow-ups/set-quiet-after-days";
import { requireClaims } from "./action-context";
import { asAction } from "./user-errors";

export const followUps = {
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
