import type { APIRoute } from "astro";
import { getApp } from "../server/app";

export const GET: APIRoute = async () => {
  const { config } = await getApp();
  const lines = [
    "User-agent: *",
    "Disallow: /werving",
    "Disallow: /plaatsing",
    "Disallow: /beheer",
    "Disallow: /mijn",
    "Disallow: /dev",
    `Sitemap: ${new URL("/sitemap-index.xml", config.siteUrl)}`,
  ];
  return new Response(`${lines.join("\n")}\n`, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
};
