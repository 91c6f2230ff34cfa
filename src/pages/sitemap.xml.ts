import type { APIRoute } from "astro";
import { translationPaths } from "../domain/campaigns/campaign";
import { renderSitemap } from "../domain/seo/sitemap";
import { getApp } from "../server/app";
import { listPublishedCampaigns } from "../server/campaigns/list-published-campaigns";

/** Public pages besides the campaign pages; journeys by their first page only. */
const publicPages = [
  { nl: "/", en: "/en/" },
  { nl: "/kan-ik-helpen", en: "/en/can-i-help" },
  { nl: "/waar-woon-je" },
  { nl: "/informatiebijeenkomsten", en: "/en/information-evenings" },
  { nl: "/aanmelden/over-jou", en: "/en/apply/about-you" },
  { nl: "/voor-professionals" },
  { nl: "/privacy" },
  { nl: "/toegankelijkheid" },
];

export const GET: APIRoute = async () => {
  const { config } = await getApp();
  const campaigns = await listPublishedCampaigns();
  const campaignPages = [
    ...new Map(
      campaigns.map((campaign) => [campaign.content.translationKey, translationPaths(campaign, campaigns)]),
    ).values(),
  ];
  const xml = renderSitemap([...publicPages, ...campaignPages], new URL(config.siteUrl));
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8" } });
};
