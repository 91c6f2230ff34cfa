/** The next steps after a campaign page. These pages exist in the default language only. */
export const informationEveningsPath = "/informatiebijeenkomsten";

/** Without a campaign the link records no source, so one remembered from an earlier page stays. */
export const applicationPath = (campaignSlug?: string) =>
  campaignSlug ? `/aanmelden?campagne=${encodeURIComponent(campaignSlug)}` : "/aanmelden";
