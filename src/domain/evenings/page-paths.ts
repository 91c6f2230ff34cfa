import type { Locale } from "../i18n/locales";
import { localizedPath } from "../i18n/paths";
import { uiStrings } from "../i18n/ui-strings";

/** The public list of evenings: "/informatiebijeenkomsten", "/en/information-evenings". */
export const informationEveningsPath = (locale: Locale) =>
  localizedPath(locale, uiStrings(locale).paths.informationEvenings);

/** One evening's page, with its registration form. */
export const informationEveningPath = (locale: Locale, eveningId: string) =>
  `${informationEveningsPath(locale)}/${eveningId}`;
