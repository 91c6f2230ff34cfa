import type { APIRoute } from "astro";
import { recruiterCampaignPath } from "../domain/recruiter-campaigns/campaign-link";
import { sitemapUrlset } from "../domain/seo/sitemap-urlset";
import { getApp } from "../server/app";
import { listPublishedRecruiterCampaigns } from "../server/recruiter-campaigns/list-published-campaigns";

/**
 * The campaigns recruiters publish themselves, with their last change; listed in
 * /sitemap-index.xml next to /sitemap.xml.
 */
export const GET: APIRoute = async () => {
  const { config, db } = await getApp();
  const campaigns = await listPublishedRecruiterCampaigns(db);
  const base = new URL(config.siteUrl);
  const entries = campaigns.map(({ slug, updatedAt }) => ({
    url: new URL(recruiterCampaignPath(slug), base).href,
    lastModified: updatedAt,
  }));
  return new Response(sitemapUrlset(entries), {
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=300" },
  });
};
