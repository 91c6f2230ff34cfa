import { randomBytes } from "node:crypto";

/** A cancel token for one mail: 256 random bits; the database keeps only its hash. */
export const newCancelToken = () => randomBytes(32).toString("base64url");

export const eveningPageUrl = (siteUrl: string, eveningId: string) =>
  new URL(`/informatiebijeenkomsten/${eveningId}`, siteUrl).toString();

export function cancelPageUrl(siteUrl: string, token: string): string {
  const url = new URL("/informatiebijeenkomsten/afmelden", siteUrl);
  url.searchParams.set("token", token);
  return url.toString();
}

/** The same for every mail about one evening, so a calendar updates the entry instead of adding one. */
export const calendarUid = (siteUrl: string, eveningId: string) =>
  `informatiebijeenkomst-${eveningId}@${new URL(siteUrl).hostname}`;
