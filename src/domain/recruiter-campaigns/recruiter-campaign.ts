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
  /** Slugs of the Dutch parents' stories the page shows, in order. */
  stories: string[];
}

/** Where the campaign recruits: its municipality, or else its region. */
export const campaignArea = (campaign: RecruiterCampaign) => campaign.municipality ?? campaign.regionName;

const descriptionLength = 160;

/** The intro cut to a search result's length at a word boundary: the meta and share description. */
export function campaignDescription(campaign: Pick<RecruiterCampaign, "intro">): string {
  const intro = campaign.intro.replace(/\s+/g, " ").trim();
  if (intro.length <= descriptionLength) return intro;
  const cut = intro.slice(0, descriptionLength - 1);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 0 ? cut.lastIndexOf(" ") : cut.length)}…`;
}
