import { describe, expect, it } from "vitest";
import { renderSitemap, renderSitemapIndex } from "../../../src/domain/seo/sitemap";

describe("the sitemap", () => {
  const site = new URL("https://openhuis.nl");

  it("lists each page in every language under the configured address, with its translations", () => {
    const xml = renderSitemap(
      [{ nl: "/pleegouder-worden", en: "/en/become-a-foster-parent" }, { nl: "/privacy" }],
      site,
    );
    const locations = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => loc);
    expect(locations).toEqual([
      "https://openhuis.nl/pleegouder-worden",
      "https://openhuis.nl/en/become-a-foster-parent",
      "https://openhuis.nl/privacy",
    ]);
    expect(xml).toContain(
      '<xhtml:link rel="alternate" hreflang="en" href="https://openhuis.nl/en/become-a-foster-parent"/>',
    );
    expect(xml).toContain(
      '<xhtml:link rel="alternate" hreflang="x-default" href="https://openhuis.nl/pleegouder-worden"/>',
    );
  });

  it("escapes what XML would misread", () => {
    expect(renderSitemap([{ nl: "/a?b=1&c=2" }], site)).toContain(
      "<loc>https://openhuis.nl/a?b=1&amp;c=2</loc>",
    );
  });

  it("indexes every sitemap under the configured address", () => {
    const xml = renderSitemapIndex(["/sitemap.xml", "/sitemap-acties.xml"], site);
    expect([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => loc)).toEqual([
      "https://openhuis.nl/sitemap.xml",
      "https://openhuis.nl/sitemap-acties.xml",
    ]);
  });
});
