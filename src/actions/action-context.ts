import { type ActionAPIContext, ActionError } from "astro:actions";
import type { App } from "../server/app";

/** The signed-in caller's claims; actions are public endpoints, so each one that needs a user checks. */
export function requireClaims(context: ActionAPIContext) {
  const claims = context.locals.claims;
  if (!claims) throw new ActionError({ code: "UNAUTHORIZED", message: "Log eerst in." });
  return claims;
}

/** The site's public address, for links in mail. */
export function siteUrl(app: App, context: ActionAPIContext): string {
  return app.config.PUBLIC_SITE_URL ?? context.url.origin;
}
