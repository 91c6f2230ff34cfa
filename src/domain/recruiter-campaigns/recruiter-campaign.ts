import type { ParentType } from "../parent-types";
import type { CampaignEvenings } from "./campaign-form";

/** A campaign page a recruiter made in /werving/campagnes, as its page shows it. */
export interface RecruiterCampaign {
  id: string;
  slug: string;
  parentType: ParentType;
  title: string;
  intro: string;
  /** Null for the whole region. */
  municipality: string | null;
  evenings: CampaignEvenings;
  organisationId: string;
  organisationName: string;
  regionSlug: string;
  regionName: string;
  published: boolean;
  publishedAt: Date | null;
  updatedAt: Date;
}

/** Where the campaign recruits: its municipality, or else its region. */
export const campaignArea = (campaign: RecruiterCampaign) => campaign.municipality ?? campaign.regionName;
