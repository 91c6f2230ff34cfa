import { describe, expect, it } from "vitest";
import { belongsInSitemap, canonicalSitemapUrl } from "../../../src/domain/seo/sitemap";

describe("the sitemap", () => {
  it("lists the public pages", () => {
    for (const path of [
      "/",
      "/pleegouder-worden/",
      "/en/can-i-help/",
      "/aanmelden/",
      "/informatiebijeenkomsten/",
    ]) {
      expect(belongsInSitemap(`https://openhuis.nl${path}`), path).toBe(true);
    }
  });

  it("leaves out workspaces, sign-in and pages halfway through a journey", () => {
    for (const path of [
      "/werving/",
      "/beheer/",
      "/plaatsing/",
      "/mijn/",
      "/dev/outbox/",
      "/inloggen/code/",
      "/aanmelden/verstuurd/",
    ]) {
      expect(belongsInSitemap(`https://openhuis.nl${path}`), path).toBe(false);
    }
  });

  it("names pages without a trailing slash, as their canonical link does", () => {
    expect(canonicalSitemapUrl("https://openhuis.nl/pleegouder-worden/")).toBe(
      "https://openhuis.nl/pleegouder-worden",
    );
    expect(canonicalSitemapUrl("https://openhuis.nl/")).toBe("https://openhuis.nl/");
  });
});
