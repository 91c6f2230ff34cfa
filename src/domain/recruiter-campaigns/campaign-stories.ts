/** A story's slug: its file name in src/content/stories/nl, as the database also checks it. */
export const storySlugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** As many as the database allows; a page with more stops being read well before. */
export const maxCampaignStories = 12;

export const unknownStoryMessage =
  "Dit ervaringsverhaal bestaat niet (meer). Kies verhalen uit de lijst en sla de campagne opnieuw op.";

export type StoryChoice = { stories: string[] } | { unknown: string };

/**
 * The chosen stories in the order the form lists the available ones, each once; or the first chosen
 * slug that is not among them (a story taken offline since the form was shown, or a forged post).
 */
export function chooseStories(chosen: readonly string[], available: readonly string[]): StoryChoice {
  const unknown = chosen.find((slug) => !available.includes(slug));
  if (unknown !== undefined) return { unknown };
  return { stories: available.filter((slug) => chosen.includes(slug)) };
}
