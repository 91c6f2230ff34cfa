/** The site's languages; the first is the default and has no path prefix. */
export const locales = ["nl", "en"] as const;

export type Locale = (typeof locales)[number];

export const defaultLocale: Locale = locales[0];

/** Language and region for og:locale and the sitemap. */
export const localeRegions: Record<Locale, string> = {
  nl: "nl-NL",
  en: "en-GB",
};

export const isLocale = (value: unknown): value is Locale => locales.includes(value as Locale);

export const openGraphLocale = (locale: Locale) => localeRegions[locale].replace("-", "_");

/** The language of a page or request (Astro's `currentLocale`); the default for anything else. */
export const localeOr = (value: unknown): Locale => (isLocale(value) ? value : defaultLocale);
