import { getCollection } from "astro:content";
import { type Campaign, campaignFromEntry } from "../../domain/campaigns/campaign";
import { findCampaignConflicts } from "../../domain/campaigns/find-campaign-conflicts";

/** Every campaign with `publish: true`; refuses a set that would publish two pages at one address. */
export async function listPublishedCampaigns(): Promise<Campaign[]> {
  const entries = await getCollection("campaigns", ({ data }) => data.publish);
  const campaigns = entries.map(({ id, data }) => campaignFromEntry(id, data));
  const conflicts = findCampaignConflicts(campaigns);
  if (conflicts.length > 0) throw new Error(`Campaign pages conflict:\n${conflicts.join("\n")}`);
  return campaigns;
}
