import { defineAction } from "astro:actions";
import { z } from "astro/zod";
import { createCampaignSchema, updateCampaignSchema } from "../domain/recruiter-campaigns/campaign-form";
import { getApp } from "../server/app";
import { createRecruiterCampaign } from "../server/recruiter-campaigns/create-recruiter-campaign";
import { setCampaignPublished } from "../server/recruiter-campaigns/set-campaign-published";
import { updateRecruiterCampaign } from "../server/recruiter-campaigns/update-recruiter-campaign";
import { listStories, storySlug } from "../server/stories/list-stories";
import { requireClaims } from "./action-context";
import { asAction } from "./user-errors";

/** The stories a campaign page may show: the published Dutch ones, in the order the form lists them. */
const campaignStories = async () => (await listStories("nl")).map(storySlug);

export const campaigns = {
  create: defineAction({
    accept: "form",
    input: createCampaignSchema,
    handler: async (input, context) => {
      const claims = requireClaims(context);
      const { db } = await getApp();
      const stories = await campaignStories();
      return { id: await asAction(() => createRecruiterCampaign(db, claims, input, stories)) };
    },
  }),

  update: defineAction({
    accept: "form",
    input: updateCampaignSchema,
    handler: async (input, context) => {
      const claims = requireClaims(context);
      const { db } = await getApp();
      const stories = await campaignStories();
      await asAction(() => updateRecruiterCampaign(db, claims, input, stories));
      return { id: input.id };
    },
  }),

  setPublished: defineAction({
    accept: "form",
    input: z.object({ campaignId: z.uuid(), published: z.boolean() }),
    handler: async ({ campaignId, published }, context) => {
      const claims = requireClaims(context);
      const { db } = await getApp();
      await asAction(() => setCampaignPublished(db, claims, campaignId, published));
      return { published };
    },
  }),
};
