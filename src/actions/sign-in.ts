import { type ActionAPIContext, ActionError, defineAction } from "astro:actions";
import { z } from "astro/zod";
import { requestCodeSchema, safeNextPath, verifyCodeSchemaFor } from "../domain/auth/sign-in";
import type { Locale } from "../domain/i18n/locales";
import { uiStrings } from "../domain/i18n/ui-strings";
import { landingPath } from "../domain/staff/roles";
import { type App, getApp } from "../server/app";
import { completeSignIn } from "../server/auth/complete-sign-in";
import type { VerifyResult } from "../server/auth/port";
import { listMyMemberships } from "../server/staff/list-my-memberships";
import { forgetDraftToken } from "./application-cookies";
import { defineLocalizedFormAction } from "./localized-form-action";
import { asAction } from "./user-errors";

/** Remembers, for the code step only, which address the code went to (not in the URL: no addresses in logs). */
export const pendingSignInCookie = "openhuis_sign_in";

/** What the code step reads from `pendingSignInCookie`. */
export interface PendingSignIn {
  email?: string;
  next?: string;
  /** No new code went out: the address asked for too many lately. */
  limited?: boolean;
}

/**
 * Mails a code and link, and remembers the address (and whether the mail went out) for the code step;
 * `next` is where sign-in leads, `locale` the language of a refusal.
 */
export async function sendSignInCode(
  app: App,
  context: ActionAPIContext,
  email: string,
  next: string | undefined,
  locale: Locale = "nl",
) {
  const outcome = await asAction(
    () => app.auth.requestCode(context, email, new URL("/inloggen/bevestigen", app.config.siteUrl)),
    locale,
  );
  const pending: PendingSignIn = {
    email,
    next: safeNextPath(next),
    limited: outcome === "limited" || undefined,
  };
  context.cookies.set(pendingSignInCookie, JSON.stringify(pending), {
    httpOnly: true,
    sameSite: "lax",
    secure: app.config.production,
    path: "/",
    maxAge: 30 * 60,
  });
}

async function finishSignIn(
  app: App,
  context: ActionAPIContext,
  result: VerifyResult,
  next: string | undefined,
  locale: Locale = "nl",
) {
  if (!result.ok) {
    const message = uiStrings(locale).formMessages.signInCode[result.reason];
    throw new ActionError({ code: "BAD_REQUEST", message });
  }
  context.cookies.delete(pendingSignInCookie, { path: "/" });
  forgetDraftToken(context.cookies);
  await completeSignIn(app.db, result.claims);
  const memberships = await listMyMemberships(app.db, result.claims);
  return { next: safeNextPath(next) ?? landingPath(memberships) };
}

export const signIn = {
  requestCode: defineAction({
    accept: "form",
    input: requestCodeSchema,
    handler: async ({ email, next }, context) => {
      await sendSignInCode(await getApp(), context, email, next);
      return { sent: true };
    },
  }),

  // The English application form confirms the address with this action too.
  verifyCode: defineLocalizedFormAction({
    input: verifyCodeSchemaFor,
    handler: async ({ email, code, next }, context, locale) => {
      const app = await getApp();
      const result = await asAction(() => app.auth.verifyCode(context, email, code), locale);
      return finishSignIn(app, context, result, next, locale);
    },
  }),

  verifyLink: defineAction({
    accept: "form",
    input: z.object({ token_hash: z.string().min(10).max(200) }),
    handler: async ({ token_hash }, context) => {
      const app = await getApp();
      const result = await asAction(() => app.auth.verifyLink(context, token_hash));
      return finishSignIn(app, context, result, undefined);
    },
  }),

  signOut: defineAction({
    accept: "form",
    handler: async (_input, context) => {
      const app = await getApp();
      await app.auth.signOut(context);
      forgetDraftToken(context.cookies);
      return { signedOut: true };
    },
  }),
};
