import { describe, expect, it } from "vitest";
import { openhuisTheme } from "../../../src/domain/theme/region-themes";
import { themeStylesheet } from "../../../src/domain/theme/theme-stylesheet";

const region = {
  id: "zeeland",
  colours: { ...openhuisTheme.colours, primary: "#00607a", onPrimary: "#ffffff" },
  logo: null,
};

describe("theme stylesheet", () => {
  it("puts the site's colours on the root and each region's where the root names it", () => {
    const css = themeStylesheet(openhuisTheme, [region]);
    expect(css).toContain(":root {\n  --color-text: #1a1a1a;");
    expect(css).toContain("  --color-primary-dark: #083d6d;");
    expect(css).toContain(':root[data-theme="zeeland"] {');
    expect(css.split(':root[data-theme="zeeland"]')[1]).toContain("--color-primary: #00607a;");
    expect(css).toContain("--color-on-primary: #ffffff;");
  });

  it("lets nothing but plain colours and slugs into the stylesheet", () => {
    const injected = { ...region, colours: { ...region.colours, primary: "red} body{display:none" } };
    expect(() => themeStylesheet(openhuisTheme, [injected])).toThrow(/primary/);
    expect(() => themeStylesheet(openhuisTheme, [{ ...region, id: 'x"] body' }])).toThrow(/slug/);
  });
});
