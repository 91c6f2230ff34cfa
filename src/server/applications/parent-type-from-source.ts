import type { ParentType } from "../../domain/parent-types";
import { recruiterCampaignOfSource } from "../../domain/recruiter-campaigns/campaign-link";
import { listPublishedCampaigns } from "../campaigns/list-published-campaigns";
import { getPublishedCampaign } from "../recruiter-campaigns/get-published-campaign";
import type { Database } from "../sql/engine";

/**
 * The parent type of the campaign an application came from (its recorded source), so step 3 can
 * start with it ticked: someone who applied from "Steunouder worden" wants to be a support parent.
 */
export async function parentTypeFromSource(
  db: Database,
  source: string | null,
): Promise<ParentType | undefined> {
  if (!source) return undefined;
  const recruiterCampaign = recruiterCampaignOfSource(source);
  if (recruiterCampaign) return (await getPublishedCampaign(db, recruiterCampaign))?.parentType;
  const campaigns = await listPublishedCampaigns();
  return campaigns.find((campaign) => campaign.slug === source)?.content.parentType;
}
