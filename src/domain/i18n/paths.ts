import { defaultLocale, type Locale, locales } from "./locales";

export const localePrefix = (locale: Locale) => (locale === defaultLocale ? "" : `/${locale}`);

/** The site path of a page in a locale: `localizedPath("en", "campaign", "x")` is `/en/campaign/x`. */
export function localizedPath(locale: Locale, ...segments: string[]): string {
  const path = segments.filter(Boolean).join("/");
  // A home page ends in a slash (`/en/`), as its canonical address and the sitemap give it.
  return `${localePrefix(locale)}/${path}`;
}

/** The language a site path is in, as Astro's routing reads it: /en/… is English, anything else Dutch. */
export const localeOfPath = (pathname: string): Locale =>
  locales.find(
    (locale) => locale !== defaultLocale && (pathname === `/${locale}` || pathname.startsWith(`/${locale}/`)),
  ) ?? defaultLocale;
