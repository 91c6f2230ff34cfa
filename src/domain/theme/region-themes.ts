import type { SiteTheme, ThemeColours } from "./site-theme";

// The themes' data: Openhuis's own, and one per region that has its own, keyed by regions.slug.
// The region's name comes from the database; its colours and logo from here. A unit test
// (tests/unit/theme) refuses any theme whose text or controls fall short of WCAG AA contrast.

const openhuisColours: ThemeColours = {
  text: "#1a1a1a",
  muted: "#4a4a4a",
  background: "#ffffff",
  surface: "#f3f6f9",
  primary: "#0b5394",
  primaryDark: "#083d6d",
  onPrimary: "#ffffff",
  border: "#6b7480",
  accent: "#f2a541",
  error: "#b00020",
  success: "#1e6b34",
};

/** The site's own theme: for a site serving several regions, and for pages drawn without the database. */
export const openhuisTheme: SiteTheme = { id: "openhuis", colours: openhuisColours, logo: null };

/** What a region changes of the site's own theme. */
type RegionTheme = { colours: Partial<ThemeColours>; logo?: SiteTheme["logo"] };

const regionThemeData: Record<string, RegionTheme> = {
  "midden-nederland": {
    colours: { primary: "#00607a", primaryDark: "#00475a", surface: "#eef6f8" },
    logo: { src: "/logos/midden-nederland.svg", width: 40, height: 40 },
  },
};

export const regionThemes: readonly SiteTheme[] = Object.entries(regionThemeData).map(([slug, theme]) => ({
  id: slug,
  colours: { ...openhuisColours, ...theme.colours },
  logo: theme.logo ?? null,
}));

/** The theme of the region a site serves; the site's own when it serves none or several, or the region has none. */
export function themeForRegion(regionSlug: string | null): SiteTheme {
  return regionThemes.find((theme) => theme.id === regionSlug) ?? openhuisTheme;
}
