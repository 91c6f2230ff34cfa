import { defaultLocale, type Locale } from "./locales";

export const localePrefix = (locale: Locale) => (locale === defaultLocale ? "" : `/${locale}`);

/** The site path of a page in a locale: `localizedPath("en", "campaign", "x")` is `/en/campaign/x`. */
export function localizedPath(locale: Locale, ...segments: string[]): string {
  const path = segments.filter(Boolean).join("/");
  return path ? `${localePrefix(locale)}/${path}` : localePrefix(locale) || "/";
}
