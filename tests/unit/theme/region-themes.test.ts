import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { contrastRatio } from "../../../src/domain/theme/contrast";
import { openhuisTheme, regionThemes, themeForRegion } from "../../../src/domain/theme/region-themes";
import { contrastShortfalls, type SiteTheme } from "../../../src/domain/theme/site-theme";
import { demoRegion } from "../../../src/server/seed/demo-organisations";

const everyTheme = [openhuisTheme, ...regionThemes];

describe("contrast", () => {
  it("computes WCAG's ratios", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#ffffff", "#000000")).toBeCloseTo(21, 5);
    expect(contrastRatio("#0b5394", "#0b5394")).toBe(1);
    // The grey that famously just misses AA on white.
    expect(contrastRatio("#777777", "#ffffff")).toBeCloseTo(4.48, 2);
    expect(contrastRatio("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
  });

  it("refuses what is not a #rrggbb colour", () => {
    expect(() => contrastRatio("red", "#ffffff")).toThrow();
    expect(() => contrastRatio("#fff", "#ffffff")).toThrow();
  });
});

describe("region themes", () => {
  it.each(everyTheme.map((theme) => [theme.id, theme] as const))(
    "%s: text, links, buttons and controls reach WCAG AA contrast",
    (_id, theme) => {
      expect(contrastShortfalls(theme)).toEqual([]);
    },
  );

  it("names each pair that falls short", () => {
    const pale: SiteTheme = {
      ...openhuisTheme,
      id: "bleek",
      colours: { ...openhuisTheme.colours, primary: "#7fb3e0", border: "#d0d0d0" },
    };
    expect(contrastShortfalls(pale)).toEqual([
      expect.stringMatching(/^bleek: primary on background is 2\.\d\d:1, needs 4\.5:1$/),
      expect.stringMatching(/^bleek: primary on surface is /),
      expect.stringMatching(/^bleek: onPrimary on primary is /),
      expect.stringMatching(/^bleek: border on background is 1\.\d\d:1, needs 3:1$/),
      expect.stringMatching(/^bleek: border on surface is /),
    ]);
  });

  it("draws each region's logo from a file the site serves", () => {
    for (const theme of everyTheme) {
      if (theme.logo) expect(existsSync(join("public", theme.logo.src)), theme.logo.src).toBe(true);
    }
  });

  it("gives the demo region its own theme, and any other region the site's own", () => {
    expect(themeForRegion(demoRegion.slug).id).toBe(demoRegion.slug);
    expect(themeForRegion("regio-zonder-thema")).toBe(openhuisTheme);
    expect(themeForRegion(null)).toBe(openhuisTheme);
  });
});
