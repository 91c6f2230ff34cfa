import { defaultLocale, type Locale, locales } from "./locales";

export interface AlternateLink {
  hreflang: string;
  href: string;
}

export type PathsByLocale = Partial<Record<Locale, string>>;

/** `hreflang` links for every language a page exists in, with the default language as `x-default`. */
export function alternateLinks(paths: PathsByLocale, site: URL): AlternateLink[] {
  const links = locales.flatMap((locale) => {
    const path = paths[locale];
    return path ? [{ hreflang: locale, href: new URL(path, site).href }] : [];
  });
  const fallback = paths[defaultLocale];
  return fallback ? [...links, { hreflang: "x-default", href: new URL(fallback, site).href }] : links;
}
