import { type ActionAPIContext, ActionError } from "astro:actions";

/** The signed-in caller's claims; actions are public endpoints, so each one that needs a user checks. */
export function requireClaims(context: ActionAPIContext) {
  const claims = context.locals.claims;
  if (!claims) throw new ActionError({ code: "UNAUTHORIZED", message: "Log eerst in." });
  return claims;
}
