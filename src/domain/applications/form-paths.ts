import { type Locale, locales } from "../i18n/locales";
import { localizedPath } from "../i18n/paths";
import { uiStrings } from "../i18n/ui-strings";
import { type ApplicationStep, applicationSteps, type StepKey } from "./steps";

/** Where the application form starts: "/aanmelden", "/en/apply". */
export const applicationFormPath = (locale: Locale) => localizedPath(locale, uiStrings(locale).paths.apply);

/** "/aanmelden/over-jou", "/en/apply/about-you" */
export const applicationStepPath = (locale: Locale, step: StepKey) =>
  `${applicationFormPath(locale)}/${uiStrings(locale).paths.applicationSteps[step]}`;

/** The page after sending: "/aanmelden/verstuurd", "/en/apply/sent". */
export const applicationSentPath = (locale: Locale) =>
  `${applicationFormPath(locale)}/${uiStrings(locale).paths.applicationSent}`;

/** Where step 1 sends a visitor to confirm their address with the emailed code. */
export const confirmAddressPath = (locale: Locale) => uiStrings(locale).paths.confirmAddress;

/** The step a path segment names in a language. */
export function stepBySlug(locale: Locale, slug: string | undefined): ApplicationStep | undefined {
  const slugs = uiStrings(locale).paths.applicationSteps;
  return applicationSteps.find((step) => slugs[step.key] === slug);
}

/** Whether a path is one of the application form's own pages, in any language. */
export const isApplicationFormPath = (pathname: string) =>
  locales.some((locale) => {
    const start = applicationFormPath(locale);
    return pathname === start || pathname.startsWith(`${start}/`);
  });
