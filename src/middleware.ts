import { defineMiddleware } from "astro:middleware";
import type { APIContext, MiddlewareNext } from "astro";
import { serverErrorMessage } from "./actions/user-errors";
import { configureFallbackErrors } from "./domain/fallback-errors";
import { localeOfPath } from "./domain/i18n/paths";
import { hasRole, rolesForPath } from "./domain/staff/roles";
import { getApp } from "./server/app";
import {
  currentRequestPath,
  logServerError,
  newRequestId,
  runWithRequestId,
  serverErrorLogged,
} from "./server/http/request-context";
import { devOutboxContentSecurityPolicy } from "./server/http/security-headers";
import { refuseUnreadableBody } from "./server/http/unreadable-body";
import { listMyMemberships } from "./server/staff/list-my-memberships";

configureFallbackErrors(() => localeOfPath(currentRequestPath() ?? "/"));

const signedInOnly = ["/mijn"];

export const onRequest = defineMiddleware(async (context, next) => {
  context.locals.claims = null;
  context.locals.email = null;
  context.locals.memberships = [];
  if (context.isPrerendered) return next();

  // Astro runs the middleware again to render the error page; that render keeps the failed request's id.
  const renderingErrorPage = context.locals.requestId !== undefined;
  const requestId = context.locals.requestId ?? newRequestId();
  context.locals.requestId = requestId;
  const { pathname } = context.url;
  return runWithRequestId(requestId, pathname, renderingErrorPage, async () => {
    try {
      // The security headers come from the Node server (src/server/http/serve.ts), for every response.
      const response = await respond(context, next, renderingErrorPage);
      return withHeaders(response, {
        ...(pathname.startsWith("/dev/outbox")
          ? { "Content-Security-Policy": devOutboxContentSecurityPolicy }
          : {}),
        ...cacheControl(response, context.locals.claims !== null),
      });
    } catch (error) {
      // Logged here by code only; an empty 500 makes Astro render src/pages/500.astro without
      // logging the error's message and stack, which can quote personal data.
      logServerError(error);
      return new Response(null, { status: 500 });
    }
  });
});

async function respond(context: APIContext, next: MiddlewareNext, renderingErrorPage: boolean) {
  const { pathname } = context.url;
  const app = await getApp();
  if (pathname.startsWith("/dev/") && !app.config.devOutbox) return context.rewrite("/404");
  // The error page is for errors only; asked for directly, it does not exist.
  if (pathname === "/500" && !renderingErrorPage) return context.rewrite("/404");

  const unreadable = await refuseUnreadableBody(context.request);
  if (unreadable) return unreadable;

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
  if (response.status < 500) return response;
  if (!serverErrorLogged()) logServerError(new ServerErrorResponse());
  // Astro answers an action that threw with the error's own message; callers get only the id.
  if (pathname.startsWith("/_actions/")) {
    const message = serverErrorMessage(context.locals.requestId);
    return Response.json(
      { type: "AstroActionError", code: "INTERNAL_SERVER_ERROR", message },
      { status: 500 },
    );
  }
  return response;
}

/** A page or action answered 500 after catching its own error, e.g. an action's unexpected error. */
class ServerErrorResponse extends Error {
  override name = "ServerErrorResponse";
}

/**
 * On-demand pages show who is signed in or what they sent: no browser or proxy may keep them. A page
 * may say otherwise (a published campaign page is the same for everyone), but never `public` for a
 * signed-in visitor, whose page names them.
 */
function cacheControl(response: Response, signedIn: boolean): Record<string, string> {
  const own = response.headers.get("Cache-Control");
  return own && !(signedIn && /\bpublic\b/i.test(own)) ? {} : { "Cache-Control": "no-store" };
}

/** Some responses (redirects, fetched ones) have immutable headers; those are copied first. */
function withHeaders(response: Response, headers: Record<string, string>): Response {
  try {
    for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
    return response;
  } catch {
    const copy = new Response(response.body, response);
    for (const [name, value] of Object.entries(headers)) copy.headers.set(name, value);
    return copy;
  }
}
