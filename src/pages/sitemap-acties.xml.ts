import type { APIRoute } from "astro";
import { recruiterCampaignPath } from "../domain/recruiter-campaigns/campaign-link";
import { sitemapUrlset } from "../domain/seo/sitemap-urlset";
import { getApp } from "../server/app";
import { listPublishedRecruiterCampaigns } from "../server/recruiter-campaigns/list-published-campaigns";

/**
 * The campaigns recruiters publish themselves, which the build-time sitemap cannot know; listed in
 * sitemap-index.xml through the sitemap integration's `customSitemaps` (astro.config.mjs).
 */
export const GET: APIRoute = async ({ site, url }) => {
  const { db } = await getApp();
  const campaigns = await listPublishedRecruiterCampaigns(db);
  const base = site ?? new URL(url.origin);
  const entries = campaigns.map(({ slug, updatedAt }) => ({
    url: new URL(recruiterCampaignPath(slug), base).href,
    lastModified: updatedAt,
  }));
  return new Response(sitemapUrlset(entries), {
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=300" },
  });
};
