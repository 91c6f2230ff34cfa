import { workspaces } from "../staff/roles";

/** Areas behind a sign-in, or with nothing for a search engine: the path and everything under it. */
const unlistedAreas = [
  ...workspaces.map(({ path }) => path),
  "/mijn",
  "/dev",
  "/inloggen",
  "/uitloggen",
  "/geen-toegang",
  "/informatiebijeenkomsten/afmelden",
];

/** Journeys listed by their first page only; the later steps make sense halfway through. */
const journeysListedByFirstPage = ["/aanmelden"];

const withoutTrailingSlash = (path: string) => (path.length > 1 ? path.replace(/\/+$/, "") : path);

const isWithin = (pathname: string, area: string) => pathname === area || pathname.startsWith(`${area}/`);

export function belongsInSitemap(url: string): boolean {
  const pathname = withoutTrailingSlash(new URL(url).pathname);
  return (
    !unlistedAreas.some((area) => isWithin(pathname, area)) &&
    !journeysListedByFirstPage.some((journey) => pathname.startsWith(`${journey}/`))
  );
}

/** Sitemap addresses as the pages link to them and name themselves canonical: without a trailing slash. */
export function canonicalSitemapUrl(url: string): string {
  const canonical = new URL(url);
  canonical.pathname = withoutTrailingSlash(canonical.pathname);
  return canonical.href;
}
