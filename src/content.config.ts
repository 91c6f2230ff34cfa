import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { campaignSchema } from "./domain/campaigns/campaign-schema";
import { storySchema } from "./domain/stories/story-schema";

const campaigns = defineCollection({
  loader: glob({
    pattern: "*/*.md",
    base: "./src/content/campaigns",
    generateId: ({ entry }) => entry.replace(/\.md$/, ""),
  }),
  schema: campaignSchema,
});

const stories = defineCollection({
  loader: glob({
    pattern: "*/*.md",
    base: "./src/content/stories",
    generateId: ({ entry }) => entry.replace(/\.md$/, ""),
  }),
  schema: storySchema,
});

export const collections = { campaigns, stories };
