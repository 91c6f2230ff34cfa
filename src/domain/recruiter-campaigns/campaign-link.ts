/**
 * Campaigns recruiters make in /werving/campagnes live at /actie/<slug>: a path no content campaign
 * (`/<slug>`, `/campagne/<slug>`, `/en/…`) can take.
 */
export const recruiterCampaignPath = (slug: string) => `/actie/${slug}`;

/** Where a link was handed out: `link` for mail and websites, `qr` for posters and flyers. */
export type CampaignMedium = "link" | "qr";

export const campaignUtmSource = "openhuis";

const sourcePrefix = "actie/";

/** The value applications record as their source, apart from the content campaigns' slugs. */
export const recruiterCampaignSource = (slug: string) => `${sourcePrefix}${slug}`;

/** The recruiter campaign's slug in an application's source, if it came from one. */
export const recruiterCampaignOfSource = (source: string) =>
  source.startsWith(sourcePrefix) ? source.slice(sourcePrefix.length) : undefined;

/** The campaign's address with UTM tags, for the funnel to count who came through which medium. */
export function campaignLink(site: URL | string, slug: string, medium: CampaignMedium): string {
  const link = new URL(recruiterCampaignPath(slug), site);
  link.searchParams.set("utm_source", campaignUtmSource);
  link.searchParams.set("utm_medium", medium);
  link.searchParams.set("utm_campaign", slug);
  return link.href;
}

const passedOnUtmKeys = ["utm_source", "utm_medium"] as const;
const utmValue = /^[\w.-]{1,100}$/;

/**
 * The application link on a campaign page. It names the campaign itself (source and utm_campaign),
 * so an application counts for it however the visitor arrived, and passes on where the visitor came
 * from (utm_source, utm_medium of the page's own address) when those are plain words.
 */
export function campaignApplicationPath(slug: string, pageUrl: URL): string {
  const query = new URLSearchParams({ campagne: recruiterCampaignSource(slug) });
  for (const key of passedOnUtmKeys) {
    const value = pageUrl.searchParams.get(key);
    if (value && utmValue.test(value)) query.set(key, value);
  }
  query.set("utm_campaign", slug);
  return `/aanmelden?${query}`;
}
