import { type Locale, localeRegions } from "../i18n/locales";
import { type InformationEvening, placesLeft } from "./evening";

const formats = (locale: Locale) => ({
  day: new Intl.DateTimeFormat(localeRegions[locale], {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "Europe/Amsterdam",
  }),
  time: new Intl.DateTimeFormat(localeRegions[locale], {
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone: "Europe/Amsterdam",
  }),
});
const byLocale = { nl: formats("nl"), en: formats("en") } satisfies Record<Locale, unknown>;

const words = {
  nl: {
    times: (start: string, end: string) => `${start} tot ${end} uur`,
    full: "Vol — wachtlijst",
    placesLeft: (left: number) => (left === 1 ? "Nog 1 plek vrij" : `Nog ${left} plekken vrij`),
  },
  en: {
    times: (start: string, end: string) => `${start} to ${end}`,
    full: "Full — waiting list",
    placesLeft: (left: number) => (left === 1 ? "1 place left" : `${left} places left`),
  },
} satisfies Record<Locale, unknown>;

/** "donderdag 3 december 2026"; in English "Thursday 3 December 2026" */
export const formatEveningDay = (date: Date, locale: Locale = "nl") => byLocale[locale].day.format(date);

/** "19:30 tot 21:30 uur"; in English "19:30 to 21:30" */
export const formatEveningTimes = (startsAt: Date, endsAt: Date, locale: Locale = "nl") =>
  words[locale].times(byLocale[locale].time.format(startsAt), byLocale[locale].time.format(endsAt));

/** "donderdag 3 december 2026, 19:30 tot 21:30 uur" */
export const formatEveningWhen = (
  evening: Pick<InformationEvening, "startsAt" | "endsAt">,
  locale: Locale = "nl",
) =>
  `${formatEveningDay(evening.startsAt, locale)}, ${formatEveningTimes(evening.startsAt, evening.endsAt, locale)}`;

/** "Online" or "Buurthuis De Pijler, Voorbeeldstraat 12, Utrecht" */
export function formatEveningPlace(evening: Pick<InformationEvening, "online" | "location">): string {
  if (evening.online || !evening.location) return "Online";
  const { name, address, city } = evening.location;
  return [name, address, city].filter(Boolean).join(", ");
}

/** "Nog 12 plekken vrij", "Nog 1 plek vrij" or "Vol — wachtlijst" */
export function formatPlacesLeft(
  evening: Pick<InformationEvening, "capacity" | "placesTaken">,
  locale: Locale = "nl",
): string {
  const left = placesLeft(evening);
  return left === 0 ? words[locale].full : words[locale].placesLeft(left);
}
