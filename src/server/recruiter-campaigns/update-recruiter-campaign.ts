import type { CampaignDetails } from "../../domain/recruiter-campaigns/campaign-form";
import { notAllowedMessage, UserFacingError } from "../errors";
import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";
import { campaignSaveError, checkedDetails } from "./save-errors";

/**
 * Saves a campaign's text and settings; a published campaign shows the change at once.
 * `availableStories`: the stories it may show (see `checkedDetails`).
 */
export async function updateRecruiterCampaign(
  db: Database,
  claims: Claims,
  update: CampaignDetails & { id: string },
  availableStories: readonly string[],
): Promise<void> {
  const details = checkedDetails(update, availableStories);
  try {
    await withUser(db, claims, async (tx) => {
      const updated = await tx.query(
        `update public.recruiter_campaigns set
           slug = $2, parent_type = $3, municipality = $4, title = $5, intro = $6, evenings = $7,
           stories = $8
         where id = $1
         returning id`,
        [
          update.id,
          details.slug,
          details.parentType,
          details.municipality,
          details.title,
          details.intro,
          details.evenings,
          details.stories,
        ],
      );
      if (updated.length === 0) throw new UserFacingError(notAllowedMessage);
    });
  } catch (error) {
    throw campaignSaveError(error);
  }
}
