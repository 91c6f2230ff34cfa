import { z } from "astro/zod";
import { parentTypes } from "../parent-types";

const text = (min: number) => z.string().trim().min(min);

/**
 * The frontmatter of a parent's story in `src/content/stories/<locale>/<slug>.md`. Until real
 * parents tell theirs, every story is made up and says so: `fictional` must be true to publish it.
 */
export const storySchema = z.strictObject({
  title: text(5).max(80),
  /** Who tells it, e.g. "Sanne en Joost"; always invented names. */
  tellers: text(2).max(60),
  place: text(2).max(40),
  parentType: z.enum(parentTypes),
  quote: text(20).max(200),
  fictional: z.literal(true),
  publish: z.boolean(),
});

export type StoryContent = z.infer<typeof storySchema>;
