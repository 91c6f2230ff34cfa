import { applicationFormPath } from "../applications/form-paths";
import type { Locale } from "../i18n/locales";

/** "Apply now" from a campaign page: the application form in the page's language, with the campaign as source. */
export const campaignApplicationFormPath = (locale: Locale, campaignSlug: string) =>
  `${applicationFormPath(locale)}?campagne=${encodeURIComponent(campaignSlug)}`;
