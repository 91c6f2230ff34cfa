import type { APIRoute } from "astro";

export const prerender = true;

export const GET: APIRoute = ({ site }) => {
  const lines = [
    "User-agent: *",
    "Disallow: /werving",
    "Disallow: /plaatsing",
    "Disallow: /beheer",
    "Disallow: /mijn",
    "Disallow: /dev",
    ...(site ? [`Sitemap: ${new URL("/sitemap-index.xml", site)}`] : []),
  ];
  return new Response(`${lines.join("\n")}\n`, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
};
