import type { RecruiterCampaign } from "../../domain/recruiter-campaigns/recruiter-campaign";
import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";
import { type CampaignRow, campaignColumns, campaignJoins, toRecruiterCampaign } from "./campaign-row";

/** The campaigns of the organisations where the caller recruits, published or not; newest change first. */
export async function listOrganisationCampaigns(db: Database, claims: Claims): Promise<RecruiterCampaign[]> {
  const rows = await withUser(db, claims, (tx) =>
    tx.query<CampaignRow>(
      `select ${campaignColumns} from ${campaignJoins}
       where c.organisation_id in (select private.my_organisations('recruiter'))
       order by c.updated_at desc, c.id`,
    ),
  );
  return rows.map(toRecruiterCampaign);
}
