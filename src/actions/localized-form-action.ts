import { type ActionAPIContext, defineAction } from "astro:actions";
import type { z } from "astro/zod";
import type { FormMessages } from "../domain/i18n/dictionaries/nl-form-messages";
import { type Locale, localeOr, locales } from "../domain/i18n/locales";
import { uiStrings } from "../domain/i18n/ui-strings";

interface LocalizedFormAction<Schema extends z.ZodType, Output> {
  /** The form's schema, its messages in one language. */
  input: (messages: FormMessages) => Schema;
  handler: (input: z.output<Schema>, context: ActionAPIContext, locale: Locale) => Promise<Output>;
}

/**
 * A form action that answers in the language of the page that posted it (Astro's `currentLocale`,
 * from the page's path: /en/… is English). The checks and the handler are the same for every
 * language; only the messages differ. Each language's schema is parsed exactly as Astro parses a
 * form (an inner action per language), so field errors reach the page as from any other action.
 */
export function defineLocalizedFormAction<Schema extends z.ZodType, Output>({
  input,
  handler,
}: LocalizedFormAction<Schema, Output>) {
  const byLocale = new Map(
    locales.map((locale) => {
      // Typed loosely here: the language's schema is `Schema` with other messages, so what it
      // parses is `z.output<Schema>`.
      const schema: z.ZodType = input(uiStrings(locale).formMessages);
      const action = defineAction({
        accept: "form",
        input: schema,
        handler: (parsed, context) => handler(parsed as z.output<Schema>, context, locale),
      });
      return [locale, action] as const;
    }),
  );
  return defineAction({
    accept: "form",
    handler: async (form, context): Promise<Output> => {
      const action = byLocale.get(localeOr(context.currentLocale));
      if (!action) throw new Error("no action for the page's language");
      return (await action.orThrow.call(context, form)) as Output;
    },
  });
}
