import { actions } from "astro:actions";
import type { AstroGlobal } from "astro";
import type { InformationEvening, RegistrationOutcome } from "../../domain/evenings/evening";
import type { Locale } from "../../domain/i18n/locales";
import { getApp } from "../../server/app";
import { getUpcomingEvening } from "../../server/evenings/get-upcoming-evening";
import { formErrors, submittedValues } from "../forms/action-form";

/** What an evening's page shows, in every language. */
export interface EveningPageView {
  locale: Locale;
  eveningId: string;
  /** Undefined when it is past, cancelled or never was: the page then says so, with status 404. */
  evening: InformationEvening | undefined;
  /** Set once the visitor's registration went through. */
  outcome: RegistrationOutcome | undefined;
  errors: ReturnType<typeof formErrors>;
  values: Record<string, string>;
}

/** An upcoming evening and the state of its registration form. */
export async function loadEveningPage(Astro: AstroGlobal, locale: Locale): Promise<EveningPageView> {
  const eveningId = Astro.params.id ?? "";
  const { db } = await getApp();
  const evening = /^[0-9a-f-]{36}$/i.test(eveningId)
    ? await getUpcomingEvening(db, Astro.locals.claims, eveningId)
    : undefined;
  if (!evening) Astro.response.status = 404;
  const result = Astro.getActionResult(actions.evenings.register);
  return {
    locale,
    eveningId,
    evening,
    outcome: result && !result.error ? result.data.outcome : undefined,
    errors: formErrors(result, locale),
    values: result?.error ? await submittedValues(Astro.request) : {},
  };
}
