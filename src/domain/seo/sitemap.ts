import { alternateLinks, type PathsByLocale } from "../i18n/alternates";
import { locales } from "../i18n/locales";
import { escapeXml } from "../xml";

/**
 * The sitemap: one entry per page per language it exists in, each naming its translations the way
 * the page's own hreflang links do, all under the configured public address.
 */
export function renderSitemap(pages: readonly PathsByLocale[], site: URL): string {
  const entries = pages.flatMap((paths) => {
    const alternates = alternateLinks(paths, site)
      .map(
        ({ hreflang, href }) =>
          `<xhtml:link rel="alternate" hreflang="${hreflang}" href="${escapeXml(href)}"/>`,
      )
      .join("");
    return locales.flatMap((locale) => {
      const path = paths[locale];
      return path ? [`<url><loc>${escapeXml(new URL(path, site).href)}</loc>${alternates}</url>`] : [];
    });
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...entries,
    "</urlset>",
    "",
  ].join("\n");
}

/** The sitemap index robots.txt names: every sitemap of the site. */
export function renderSitemapIndex(sitemapPaths: readonly string[], site: URL): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...sitemapPaths.map((path) => `<sitemap><loc>${escapeXml(new URL(path, site).href)}</loc></sitemap>`),
    "</sitemapindex>",
    "",
  ].join("\n");
}
