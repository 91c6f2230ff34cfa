/** The page where an invited person accepts; the token is in the link only, never stored in clear. */
export function invitationAcceptUrl(siteUrl: string, token: string): string {
  const url = new URL("/uitnodiging", siteUrl);
  url.searchParams.set("token", token);
  return url.toString();
}
