import { z } from "zod";
import { defaultLocale, type Locale } from "./i18n/locales";
import { uiStrings } from "./i18n/ui-strings";

const zodLocales = { nl: z.locales.nl().localeError, en: z.locales.en().localeError } satisfies Record<
  Locale,
  unknown
>;

/**
 * Every form field names its own messages; a value no form can send (a forged post, a stale page, a
 * hand-made URL) may still hit a check without one. It then gets a message in the language of the
 * page that posted it (`pageLocale`, read per parse), never zod's English on a Dutch page.
 * Loaded once per server process, by the middleware.
 */
export function configureFallbackErrors(pageLocale: () => Locale = () => defaultLocale): void {
  z.config({
    customError: (issue) =>
      issue.code === "invalid_type" || issue.code === "invalid_value" || issue.code === "invalid_format"
        ? uiStrings(pageLocale()).formMessages.forgedValue
        : undefined,
    localeError: (issue) => zodLocales[pageLocale()](issue),
  });
}
