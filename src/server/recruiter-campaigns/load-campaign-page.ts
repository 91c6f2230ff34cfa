import type { Campaign } from "../../domain/campaigns/campaign";
import { generalCampaign } from "../../domain/campaigns/campaign";
import type { InformationEvening } from "../../domain/evenings/evening";
import { eveningsForCampaign } from "../../domain/recruiter-campaigns/campaign-evenings";
import type { RecruiterCampaign } from "../../domain/recruiter-campaigns/recruiter-campaign";
import { listPublishedCampaigns } from "../campaigns/list-published-campaigns";
import { listUpcomingEvenings } from "../evenings/list-upcoming-evenings";
import type { Database } from "../sql/engine";

export interface CampaignPage {
  general: Campaign | undefined;
  evenings: InformationEvening[];
}

/** What a campaign page shows besides its own text: the general facts and the chosen evenings, as anyone sees them. */
export async function loadCampaignPage(db: Database, campaign: RecruiterCampaign): Promise<CampaignPage> {
  const [campaigns, upcoming] = await Promise.all([listPublishedCampaigns(), listUpcomingEvenings(db, null)]);
  return {
    general: generalCampaign("nl", campaign.parentType, campaigns),
    evenings: eveningsForCampaign(campaign, upcoming.evenings),
  };
}
