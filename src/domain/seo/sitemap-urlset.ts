import { escapeXml } from "../xml";

/** A sitemaps.org urlset of the given pages with their last change. */
export function sitemapUrlset(entries: readonly { url: string; lastModified: Date }[]): string {
  const urls = entries.map(
    ({ url, lastModified }) =>
      `<url><loc>${escapeXml(url)}</loc><lastmod>${lastModified.toISOString()}</lastmod></url>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls,
    "</urlset>",
    "",
  ].join("\n");
}
