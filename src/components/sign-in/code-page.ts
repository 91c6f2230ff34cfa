import { actions } from "astro:actions";
import type { AstroGlobal } from "astro";
import { type PendingSignIn, pendingSignInCookie } from "../../actions/sign-in";
import type { Locale } from "../../domain/i18n/locales";
import { formErrors } from "../forms/action-form";

export interface CodePageView {
  pending: PendingSignIn & { email: string };
  /** A wrong code is about the code field; other refusals (expired, too many tries) too. */
  codeError: string | undefined;
}

/**
 * The page where the emailed code is typed: on to `next` once it is right, back to `startOver` when
 * this browser asked for no code.
 */
export function loadCodePage(Astro: AstroGlobal, locale: Locale, startOver: string): Response | CodePageView {
  const result = Astro.getActionResult(actions.signIn.verifyCode);
  if (result && !result.error) return Astro.redirect(result.data.next);
  let pending: PendingSignIn = {};
  try {
    pending = JSON.parse(Astro.cookies.get(pendingSignInCookie)?.value ?? "{}");
  } catch {
    pending = {};
  }
  const { email } = pending;
  if (!email) return Astro.redirect(startOver);
  const errors = formErrors(result, locale);
  return { pending: { ...pending, email }, codeError: errors.fields.code ?? errors.general };
}
