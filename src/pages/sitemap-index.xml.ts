import type { APIRoute } from "astro";
import { renderSitemapIndex } from "../domain/seo/sitemap";
import { getApp } from "../server/app";

export const GET: APIRoute = async () => {
  const { config } = await getApp();
  const xml = renderSitemapIndex(["/sitemap.xml", "/sitemap-acties.xml"], new URL(config.siteUrl));
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8" } });
};
