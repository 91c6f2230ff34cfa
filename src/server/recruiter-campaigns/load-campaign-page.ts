import type { CollectionEntry } from "astro:content";
import type { Campaign } from "../../domain/campaigns/campaign";
import { generalCampaign } from "../../domain/campaigns/campaign";
import type { InformationEvening } from "../../domain/evenings/evening";
import { eveningsForCampaign } from "../../domain/recruiter-campaigns/campaign-evenings";
import type { RecruiterCampaign } from "../../domain/recruiter-campaigns/recruiter-campaign";
import { listPublishedCampaigns } from "../campaigns/list-published-campaigns";
import { listUpcomingEvenings } from "../evenings/list-upcoming-evenings";
import type { Database } from "../sql/engine";
import { listStories, storySlug } from "../stories/list-stories";

export interface CampaignPage {
  general: Campaign | undefined;
  evenings: InformationEvening[];
  /** The stories the recruiter chose, in their order; one taken offline since is left out. */
  stories: CollectionEntry<"stories">[];
}

/**
 * What a campaign page shows besides its own text, as anyone sees it: the general facts, the chosen
 * evenings and the chosen stories.
 */
export async function loadCampaignPage(db: Database, campaign: RecruiterCampaign): Promise<CampaignPage> {
  const [campaigns, upcoming, stories] = await Promise.all([
    listPublishedCampaigns(),
    listUpcomingEvenings(db, null),
    listStories("nl"),
  ]);
  const bySlug = new Map(stories.map((story) => [storySlug(story), story]));
  return {
    general: generalCampaign("nl", campaign.parentType, campaigns),
    evenings: eveningsForCampaign(campaign, upcoming.evenings),
    stories: campaign.stories.flatMap((slug) => bySlug.get(slug) ?? []),
  };
}
