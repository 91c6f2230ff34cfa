import { applicationFormPath } from "../applications/form-paths";
import type { Locale } from "../i18n/locales";

/**
 * "Apply now" in the page's language. With a campaign it is recorded as the source; without one the
 * link records none, so a source remembered from an earlier page stays.
 */
export const campaignApplicationFormPath = (locale: Locale, campaignSlug?: string) =>
  campaignSlug
    ? `${applicationFormPath(locale)}?campagne=${encodeURIComponent(campaignSlug)}`
    : applicationFormPath(locale);
