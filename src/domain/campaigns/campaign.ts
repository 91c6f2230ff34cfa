import { isLocale, type Locale } from "../i18n/locales";
import { localizedPath } from "../i18n/paths";
import { uiStrings } from "../i18n/ui-strings";
import type { ParentType } from "../parent-types";
import { type CampaignContent, isCampaignSlug } from "./campaign-schema";

export interface Campaign {
  /** The entry id in the content collection: `<locale>/<slug>`. */
  id: string;
  locale: Locale;
  slug: string;
  content: CampaignContent;
}

/** Reads locale and slug from a campaign's file path, `nl/pleegouder-worden` for `nl/pleegouder-worden.md`. */
export function campaignFromEntry(id: string, content: CampaignContent): Campaign {
  const [locale, slug, ...rest] = id.split("/");
  if (!isLocale(locale) || !slug || rest.length > 0 || !isCampaignSlug(slug)) {
    throw new Error(
      `Campaign "${id}" must be at src/content/campaigns/<locale>/<slug>.md, with a known locale and a lowercase, hyphenated slug`,
    );
  }
  return { id, locale, slug, content };
}

/** A region or organisation variant, as opposed to the general page for its parent type. */
export const isCampaignVariant = ({ content }: Campaign) => Boolean(content.region || content.organisation);

export function campaignPath(campaign: Campaign): string {
  const { locale, slug } = campaign;
  return isCampaignVariant(campaign)
    ? localizedPath(locale, uiStrings(locale).paths.campaignVariants, slug)
    : localizedPath(locale, slug);
}

/** The paths of this campaign in every language it is published in. */
export function translationPaths(campaign: Campaign, campaigns: Campaign[]): Partial<Record<Locale, string>> {
  const translations = campaigns.filter(
    ({ content }) => content.translationKey === campaign.content.translationKey,
  );
  return Object.fromEntries(
    translations.map((translation) => [translation.locale, campaignPath(translation)]),
  );
}

/** The general page for a parent type in a language, if there is one. */
export function generalCampaign(
  locale: Locale,
  parentType: ParentType,
  campaigns: Campaign[],
): Campaign | undefined {
  return campaigns.find(
    (campaign) =>
      campaign.locale === locale &&
      campaign.content.parentType === parentType &&
      !isCampaignVariant(campaign),
  );
}
