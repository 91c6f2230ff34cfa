import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { alternateLinks } from "../../../src/domain/i18n/alternates";
import { locales } from "../../../src/domain/i18n/locales";
import { localizedPath } from "../../../src/domain/i18n/paths";
import { uiStrings } from "../../../src/domain/i18n/ui-strings";

describe("localized paths", () => {
  it("leaves the default language unprefixed and prefixes the others", () => {
    expect(localizedPath("nl", "kan-ik-helpen")).toBe("/kan-ik-helpen");
    expect(localizedPath("en", "campaign", "support-parent-in-eemland")).toBe(
      "/en/campaign/support-parent-in-eemland",
    );
    expect(localizedPath("nl")).toBe("/");
    expect(localizedPath("en")).toBe("/en/");
  });

  it("has a page for the eligibility check in every language", () => {
    for (const locale of locales) {
      const page = `src/pages${localizedPath(locale, uiStrings(locale).paths.eligibilityCheck)}.astro`;
      expect(existsSync(page), page).toBe(true);
    }
  });
});

describe("hreflang alternates", () => {
  const site = new URL("https://openhuis.nl");

  it("lists every language a page exists in, with Dutch as the default", () => {
    expect(alternateLinks({ nl: "/pleegouder-worden", en: "/en/become-a-foster-parent" }, site)).toEqual([
      { hreflang: "nl", href: "https://openhuis.nl/pleegouder-worden" },
      { hreflang: "en", href: "https://openhuis.nl/en/become-a-foster-parent" },
      { hreflang: "x-default", href: "https://openhuis.nl/pleegouder-worden" },
    ]);
  });

  it("has no default when the page has no Dutch version", () => {
    expect(alternateLinks({ en: "/en/only-english" }, site)).toEqual([
      { hreflang: "en", href: "https://openhuis.nl/en/only-english" },
    ]);
  });
});
