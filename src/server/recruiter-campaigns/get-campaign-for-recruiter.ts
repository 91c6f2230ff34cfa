import type { RecruiterCampaign } from "../../domain/recruiter-campaigns/recruiter-campaign";
import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";
import { type CampaignRow, campaignColumns, campaignJoins, toRecruiterCampaign } from "./campaign-row";

/** One of the caller's organisation's campaigns, draft or published; undefined for anyone else's. */
export async function getCampaignForRecruiter(
  db: Database,
  claims: Claims,
  campaignId: string,
): Promise<RecruiterCampaign | undefined> {
  const [row] = await withUser(db, claims, (tx) =>
    tx.query<CampaignRow>(
      `select ${campaignColumns} from ${campaignJoins}
       where c.id = $1 and c.organisation_id in (select private.my_organisations('recruiter'))`,
      [campaignId],
    ),
  );
  return row ? toRecruiterCampaign(row) : undefined;
}
