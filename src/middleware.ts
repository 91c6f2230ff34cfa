import { defineMiddleware } from "astro:middleware";
import { hasRole, rolesForPath } from "./domain/staff/roles";
import { getApp } from "./server/app";
import { listMyMemberships } from "./server/staff/list-my-memberships";

const signedInOnly = ["/mijn"];

export const onRequest = defineMiddleware(async (context, next) => {
  context.locals.claims = null;
  context.locals.email = null;
  context.locals.memberships = [];
  if (context.isPrerendered) return next();

  const { pathname } = context.url;
  const app = await getApp();
  if (pathname.startsWith("/dev/") && app.config.production)
    return new Response("Niet gevonden", { status: 404 });

  const claims = await app.auth.getClaims(context);
  if (claims) {
    context.locals.claims = claims;
    context.locals.email = typeof claims.email === "string" ? claims.email : null;
    context.locals.memberships = await listMyMemberships(app.db, claims);
  }

  const admitted = rolesForPath(pathname);
  const needsSignIn =
    admitted || signedInOnly.some((path) => pathname === path || pathname.startsWith(`${path}/`));
  if (needsSignIn && !claims) {
    return context.redirect(`/inloggen?next=${encodeURIComponent(pathname + context.url.search)}`);
  }
  if (admitted && !admitted.some((role) => hasRole(context.locals.memberships, role))) {
    return context.rewrite("/geen-toegang");
  }

  const response = await next();
  response.headers.set("X-Content-Type-Options", "nosniff");
  response.headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
  response.headers.set("X-Frame-Options", "DENY");
  if (claims) response.headers.set("Cache-Control", "private, no-store");
  return response;
});
