/** The next steps after a campaign page. These pages exist in the default language only. */
export const informationEveningsPath = "/informatiebijeenkomsten";

export const applicationPath = (campaignSlug: string) =>
  `/aanmelden?campagne=${encodeURIComponent(campaignSlug)}`;
