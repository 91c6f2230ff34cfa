import type { APIRoute, GetStaticPaths } from "astro";
import { openhuisTheme, regionThemes } from "../../domain/theme/region-themes";
import type { SiteTheme } from "../../domain/theme/site-theme";

// One icon per theme, built into dist/client/favicon/<theme>.svg: the house in the region's colour.
export const prerender = true;

export const getStaticPaths = (() =>
  [openhuisTheme, ...regionThemes].map((theme) => ({
    params: { theme: theme.id },
    props: { theme },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ theme: SiteTheme }> = ({ props }) => {
  const { primary, onPrimary } = props.theme.colours;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="${primary}"/>` +
    `<path d="M6 16 16 7l10 9v9H6z" fill="${onPrimary}"/><rect x="13" y="18" width="6" height="7" fill="${primary}"/></svg>`;
  return new Response(svg, { headers: { "Content-Type": "image/svg+xml" } });
};
