import { type Campaign, campaignPath, isCampaignVariant } from "./campaign";

function duplicates(keys: string[]): string[] {
  return [...new Set(keys.filter((key, index) => keys.indexOf(key) !== index))];
}

/** What stops a set of published campaigns from being built, in words an admin can act on. */
export function findCampaignConflicts(campaigns: Campaign[]): string[] {
  const general = campaigns.filter((campaign) => !isCampaignVariant(campaign));
  const parentTypeByKey = new Map<string, Set<string>>();
  for (const { content } of campaigns) {
    const types = parentTypeByKey.get(content.translationKey) ?? new Set();
    parentTypeByKey.set(content.translationKey, types.add(content.parentType));
  }
  return [
    ...duplicates(campaigns.map(campaignPath)).map(
      (path) => `More than one campaign is published at ${path}`,
    ),
    ...duplicates(general.map(({ locale, content }) => `${locale}/${content.parentType}`)).map(
      (key) => `More than one general campaign (without region or organisation) for ${key}`,
    ),
    ...duplicates(campaigns.map(({ locale, content }) => `${locale}/${content.translationKey}`)).map(
      (key) => `The translationKey ${key} is used by more than one campaign in the same language`,
    ),
    ...[...parentTypeByKey]
      .filter(([, types]) => types.size > 1)
      .map(([key]) => `The translations of ${key} have different parent types`),
  ];
}
