import { defineAction } from "astro:actions";
import { z } from "astro/zod";
import { retentionSettingsSchema } from "../domain/privacy/retention";
import { getApp } from "../server/app";
import { handleDeletionRequest } from "../server/privacy/handle-deletion-request";
import { updateRetentionSettings } from "../server/privacy/update-retention-settings";
import { requireClaims } from "./action-context";
import { asAction } from "./user-errors";

export const privacy = {
  handleDeletionRequest: defineAction({
    accept: "form",
    input: z.object({ requestId: z.uuid() }),
    handler: async ({ requestId }, context) => {
      const claims = requireClaims(context);
      const app = await getApp();
      const outcome = await asAction(() => handleDeletionRequest(app.db, claims, requestId));
      return { outcome };
    },
  }),

  updateRetention: defineAction({
    accept: "form",
    input: retentionSettingsSchema,
    handler: async ({ organisationId, ...settings }, context) => {
      const claims = requireClaims(context);
      const app = await getApp();
      await asAction(() => updateRetentionSettings(app.db, claims, organisationId, settings));
      return { saved: true };
    },
  }),
};
