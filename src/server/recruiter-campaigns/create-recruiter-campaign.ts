import type { CampaignDetails } from "../../domain/recruiter-campaigns/campaign-form";
import { notAllowedMessage, UserFacingError } from "../errors";
import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";
import { campaignSaveError, checkedDetails } from "./save-errors";

export interface NewRecruiterCampaign extends CampaignDetails {
  /** Made when the form was shown: sending the same form twice creates one campaign. */
  id: string;
  organisationId: string;
}

/**
 * Starts an unpublished campaign for an organisation where the caller recruits (RLS decides).
 * `availableStories`: the stories it may show (see `checkedDetails`).
 */
export async function createRecruiterCampaign(
  db: Database,
  claims: Claims,
  campaign: NewRecruiterCampaign,
  availableStories: readonly string[],
): Promise<string> {
  const details = checkedDetails(campaign, availableStories);
  try {
    return await withUser(db, claims, async (tx) => {
      await tx.query(
        `insert into public.recruiter_campaigns
           (id, organisation_id, region_id, slug, parent_type, municipality, title, intro, evenings, stories)
         select $1, o.id, o.region_id, $3, $4, $5, $6, $7, $8, $9
         from public.organisations o where o.id = $2
         on conflict (id) do nothing`,
        [
          campaign.id,
          campaign.organisationId,
          details.slug,
          details.parentType,
          details.municipality,
          details.title,
          details.intro,
          details.evenings,
          details.stories,
        ],
      );
      const [created] = await tx.query(
        "select 1 from public.recruiter_campaigns where id = $1 and organisation_id = $2",
        [campaign.id, campaign.organisationId],
      );
      if (!created) throw new UserFacingError(notAllowedMessage);
      return campaign.id;
    });
  } catch (error) {
    throw campaignSaveError(error);
  }
}
