import type { InformationEvening } from "../evenings/evening";
import type { RecruiterCampaign } from "./recruiter-campaign";

/** How many upcoming evenings a campaign page lists; the evenings page has the rest. */
export const eveningsShown = 3;

/** The upcoming evenings the campaign's recruiter chose to show: its region's, its own, or none. */
export function eveningsForCampaign(
  campaign: Pick<RecruiterCampaign, "evenings" | "organisationId" | "regionSlug">,
  upcoming: readonly InformationEvening[],
): InformationEvening[] {
  const chosen = upcoming.filter((evening) => {
    if (campaign.evenings === "organisation") return evening.organisationId === campaign.organisationId;
    return campaign.evenings === "region" && evening.regionSlug === campaign.regionSlug;
  });
  return chosen.slice(0, eveningsShown);
}
