import { hexColour } from "./contrast";
import type { SiteTheme, ThemeColours } from "./site-theme";

const propertyName = (colour: keyof ThemeColours) =>
  `--color-${colour.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;

function declarations(colours: ThemeColours): string {
  return Object.entries(colours)
    .map(([name, value]) => {
      // Only plain colours reach the stylesheet, whatever a theme's author typed.
      if (!hexColour.test(value)) throw new Error(`Theme colour ${name} is not a #rrggbb colour: ${value}`);
      return `  ${propertyName(name as keyof ThemeColours)}: ${value};`;
    })
    .join("\n");
}

/**
 * The themes as custom properties: the site's own on the root element, each region's where the root
 * element carries `data-theme="<region slug>"` (see src/layouts/Base.astro).
 */
export function themeStylesheet(siteTheme: SiteTheme, regionThemes: readonly SiteTheme[]): string {
  const blocks = [
    `:root {\n${declarations(siteTheme.colours)}\n}`,
    ...regionThemes.map((theme) => {
      if (!/^[a-z0-9-]+$/.test(theme.id)) throw new Error(`Not a region slug: ${theme.id}`);
      return `:root[data-theme="${theme.id}"] {\n${declarations(theme.colours)}\n}`;
    }),
  ];
  return `${blocks.join("\n\n")}\n`;
}
