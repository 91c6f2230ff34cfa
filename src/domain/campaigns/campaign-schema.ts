import { z } from "astro/zod";
import { parentTypes } from "../parent-types";

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const text = (min: number) => z.string().trim().min(min);

/** The frontmatter of a campaign page in `src/content/campaigns/<locale>/<slug>.md`. */
export const campaignSchema = z.strictObject({
  title: text(5).max(70),
  description: text(50).max(160),
  parentType: z.enum(parentTypes),
  region: text(2).optional(),
  organisation: z.strictObject({ name: text(2), url: z.url().optional() }).optional(),
  hero: text(20),
  whoCanDoIt: z.array(text(3)).min(1),
  timeCommitment: text(20),
  steps: z
    .array(z.strictObject({ name: text(2), duration: text(2), description: text(10).optional() }))
    .min(1),
  totalDuration: text(3),
  faq: z.array(z.strictObject({ question: text(5), answer: text(10) })).min(1),
  translationKey: z.string().regex(slugPattern, "Use lowercase words joined by hyphens"),
  publish: z.boolean(),
});

export type CampaignContent = z.infer<typeof campaignSchema>;

export const isCampaignSlug = (value: string) => slugPattern.test(value);
