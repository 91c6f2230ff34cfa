import { type InformationEvening, placesLeft } from "./evening";

const dayFormat = new Intl.DateTimeFormat("nl-NL", {
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "Europe/Amsterdam",
});
const timeFormat = new Intl.DateTimeFormat("nl-NL", {
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "Europe/Amsterdam",
});

/** "donderdag 3 december 2026" */
export const formatEveningDay = (date: Date) => dayFormat.format(date);

/** "19:30 tot 21:30 uur" */
export const formatEveningTimes = (startsAt: Date, endsAt: Date) =>
  `${timeFormat.format(startsAt)} tot ${timeFormat.format(endsAt)} uur`;

/** "donderdag 3 december 2026, 19:30 tot 21:30 uur" */
export const formatEveningWhen = (evening: Pick<InformationEvening, "startsAt" | "endsAt">) =>
  `${formatEveningDay(evening.startsAt)}, ${formatEveningTimes(evening.startsAt, evening.endsAt)}`;

/** "Online" or "Buurthuis De Pijler, Voorbeeldstraat 12, Utrecht" */
export function formatEveningPlace(evening: Pick<InformationEvening, "online" | "location">): string {
  if (evening.online || !evening.location) return "Online";
  const { name, address, city } = evening.location;
  return [name, address, city].filter(Boolean).join(", ");
}

/** "Nog 12 plekken vrij", "Nog 1 plek vrij" or "Vol — wachtlijst" */
export function formatPlacesLeft(evening: Pick<InformationEvening, "capacity" | "placesTaken">): string {
  const left = placesLeft(evening);
  if (left === 0) return "Vol — wachtlijst";
  return left === 1 ? "Nog 1 plek vrij" : `Nog ${left} plekken vrij`;
}
