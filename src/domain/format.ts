import { type Locale, localeRegions } from "./i18n/locales";

const dateFormat = (locale: Locale) =>
  new Intl.DateTimeFormat(localeRegions[locale], {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "Europe/Amsterdam",
  });
const dateFormats = { nl: dateFormat("nl"), en: dateFormat("en") } satisfies Record<
  Locale,
  Intl.DateTimeFormat
>;
const dateTimeFormat = new Intl.DateTimeFormat("nl-NL", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "Europe/Amsterdam",
});

/** "15 maart 1985"; in English "15 March 1985" */
export const formatDate = (date: Date | string, locale: Locale = "nl") =>
  dateFormats[locale].format(new Date(date));
export const formatDateTime = (date: Date | string) => dateTimeFormat.format(new Date(date));

/** A date as people type it in our forms: 15-03-1985. */
export function formatDateForInput(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${pad(date.getUTCDate())}-${pad(date.getUTCMonth() + 1)}-${date.getUTCFullYear()}`;
}

/** A postcode as people write it: 3511 AB. */
export const formatPostcode = (postcode: string) =>
  /^\d{4}[A-Z]{2}$/.test(postcode) ? `${postcode.slice(0, 4)} ${postcode.slice(4)}` : postcode;
