import { campaignLink } from "../../domain/recruiter-campaigns/campaign-link";
import { getApp } from "../app";
import { type QrMatrix, qrMatrix } from "../images/qr-code";
import type { Claims } from "../sql/with-user";
import { getCampaignForRecruiter } from "./get-campaign-for-recruiter";

/** The QR code for posters and flyers of one of the caller's organisation's campaigns. */
export async function campaignQrFor(
  claims: Claims,
  campaignId: string,
): Promise<{ link: string; matrix: QrMatrix } | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(campaignId)) return undefined;
  const app = await getApp();
  const campaign = await getCampaignForRecruiter(app.db, claims, campaignId);
  if (!campaign) return undefined;
  const link = campaignLink(app.config.siteUrl, campaign.slug, "qr");
  return { link, matrix: qrMatrix(link) };
}
