import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { campaignSchema } from "./domain/campaigns/campaign-schema";

const campaigns = defineCollection({
  loader: glob({
    pattern: "*/*.md",
    base: "./src/content/campaigns",
    generateId: ({ entry }) => entry.replace(/\.md$/, ""),
  }),
  schema: campaignSchema,
});

export const collections = { campaigns };
