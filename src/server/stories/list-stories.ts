import { type CollectionEntry, getCollection } from "astro:content";
import type { Locale } from "../../domain/i18n/locales";
import type { ParentType } from "../../domain/parent-types";

/** A story's slug: its id without the language folder ("nl/ruud-steunouder" is "ruud-steunouder"). */
export const storySlug = (story: CollectionEntry<"stories">) => story.id.slice(story.id.indexOf("/") + 1);

/** Published parents' stories in a language; those about `parentType` first when given. */
export async function listStories(
  locale: Locale,
  parentType?: ParentType,
): Promise<CollectionEntry<"stories">[]> {
  const stories = await getCollection(
    "stories",
    ({ id, data }) => data.publish && id.startsWith(`${locale}/`),
  );
  const sorted = stories.sort((a, b) => a.id.localeCompare(b.id));
  return parentType
    ? [
        ...sorted.filter(({ data }) => data.parentType === parentType),
        ...sorted.filter(({ data }) => data.parentType !== parentType),
      ]
    : sorted;
}
