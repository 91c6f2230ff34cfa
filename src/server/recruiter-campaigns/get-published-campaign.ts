import type { RecruiterCampaign } from "../../domain/recruiter-campaigns/recruiter-campaign";
import type { Database } from "../sql/engine";
import { withUser } from "../sql/with-user";
import { type CampaignRow, campaignColumns, campaignJoins, toRecruiterCampaign } from "./campaign-row";

/** A published campaign by its address, read as an anonymous visitor: the page is the same for everyone. */
export async function getPublishedCampaign(
  db: Database,
  slug: string,
): Promise<RecruiterCampaign | undefined> {
  const [row] = await withUser(db, null, (tx) =>
    tx.query<CampaignRow>(
      `select ${campaignColumns} from ${campaignJoins} where c.slug = $1 and c.published`,
      [slug],
    ),
  );
  return row ? toRecruiterCampaign(row) : undefined;
}
