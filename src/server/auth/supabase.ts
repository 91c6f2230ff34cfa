import type { CookieOptions } from "@supabase/ssr";
import { createServerClient, parseCookieHeader } from "@supabase/ssr";
import type { AuthError, JwtPayload, SupabaseClient } from "@supabase/supabase-js";
import { isAuthApiError } from "@supabase/supabase-js";
import type { AstroCookies } from "astro";
import type { Claims } from "../sql/with-user";
import type { AuthProvider, AuthRequest, VerifyFailure, VerifyResult } from "./port";

export interface SupabaseAuthOptions {
  /** The project URL, e.g. https://<ref>.supabase.co (without /auth/v1). */
  url: string;
  /** The public anon (or publishable) key. */
  anonKey: string;
  secureCookies: boolean;
  /**
   * The project's email OTP lifetime (Auth > Providers > Email > "Email OTP Expiration",
   * `[auth.email] otp_expiry` in supabase/config.toml). Supabase's default is 3600.
   */
  otpLifetimeSeconds?: number;
}

/**
 * When this browser last asked for a code (unix seconds). GoTrue answers a wrong code and an
 * expired one with the same `otp_expired` error; this cookie lets us tell the two apart for the
 * message. It carries no identity and is only ever read for that message.
 */
export const codeSentCookie = "openhuis_code_sent";

const defaultOtpLifetimeSeconds = 3600;

/**
 * Email codes and magic links through Supabase Auth (GoTrue), which also sends the mail. The
 * session lives in @supabase/ssr's chunked `sb-<ref>-auth-token` cookies; identity comes from
 * `auth.getClaims()`, which verifies the access token against the project's JWKS (asymmetric
 * signing keys) or asks GoTrue (legacy HS256 secret).
 */
export function createSupabaseAuth(options: SupabaseAuthOptions): AuthProvider {
  const otpLifetimeSeconds = options.otpLifetimeSeconds ?? defaultOtpLifetimeSeconds;
  const storageKey = `sb-${new URL(options.url).hostname.split(".")[0]}-auth-token`;
  // One client per request: the key is the request's own cookie jar, so nothing outlives it.
  const clients = new WeakMap<AstroCookies, SupabaseClient>();

  const baseCookie = { path: "/", sameSite: "lax", secure: options.secureCookies } as const;

  function client(ctx: AuthRequest): SupabaseClient {
    const existing = clients.get(ctx.cookies);
    if (existing) return existing;
    const created = createServerClient(options.url, options.anonKey, {
      cookieOptions: baseCookie,
      cookies: {
        getAll: () => parseCookieHeader(ctx.request.headers.get("cookie") ?? ""),
        setAll: (cookies) => {
          for (const { name, value, options: cookieOptions } of cookies) {
            writeCookie(ctx.cookies, name, value, cookieOptions);
          }
        },
      },
    });
    clients.set(ctx.cookies, created);
    return created;
  }

  function writeCookie(cookies: AstroCookies, name: string, value: string, given: CookieOptions): void {
    if (value === "") {
      cookies.delete(name, { ...baseCookie, domain: given.domain, httpOnly: given.httpOnly });
      return;
    }
    // createServerClient always runs the PKCE flow, so signInWithOtp stores a code verifier. We
    // verify the token hash directly and never exchange an auth code: don't keep it in the browser.
    if (isCodeVerifierCookie(name)) return;
    cookies.set(name, value, {
      ...baseCookie,
      domain: given.domain,
      // No browser-side Supabase client exists, so page scripts never need the session token.
      httpOnly: true,
      maxAge: given.maxAge,
      expires: given.expires,
    });
  }

  function isCodeVerifierCookie(name: string): boolean {
    return name.replace(/\.\d+$/, "").endsWith("-code-verifier");
  }

  function codeAgeSeconds(ctx: AuthRequest): number | null {
    const sentAt = Number(ctx.cookies.get(codeSentCookie)?.value);
    return Number.isFinite(sentAt) && sentAt > 0 ? nowSeconds() - sentAt : null;
  }

  function failure(ctx: AuthRequest, error: AuthError): VerifyFailure {
    if (isOutage(error)) throw outageError("verify a sign-in code", error);
    if (error.status === 429 || error.code === "over_request_rate_limit") return "too_many_attempts";
    if (error.code === "otp_expired") {
      // GoTrue says otp_expired for a wrong code too ("Token has expired or is invalid").
      const age = codeAgeSeconds(ctx);
      return age !== null && age >= otpLifetimeSeconds ? "expired" : "invalid";
    }
    return "invalid";
  }

  async function verified(
    ctx: AuthRequest,
    params: { email: string; token: string; type: "email" } | { token_hash: string; type: "email" },
  ): Promise<VerifyResult> {
    const supabase = client(ctx);
    const { data, error } = await supabase.auth.verifyOtp(params);
    if (error) return { ok: false, reason: failure(ctx, error) };
    if (!data.session) throw new Error("Supabase Auth verified a code but returned no session");
    const claims = await readClaims(supabase);
    if (!claims) throw new Error("Supabase Auth returned a session whose token did not verify");
    ctx.cookies.delete(codeSentCookie, baseCookie);
    return { ok: true, claims };
  }

  return {
    name: "supabase",

    async requestCode(ctx, email, confirmUrl) {
      const { error } = await client(ctx).auth.signInWithOtp({
        email,
        options: { shouldCreateUser: true, emailRedirectTo: confirmUrl.toString() },
      });
      if (error) {
        if (isOutage(error)) throw outageError("send a sign-in code", error);
        // The log names the reason, never the address.
        console.warn(`Supabase Auth did not send a sign-in code: ${explain(error)}`);
        // A rate limit is said as such (every address gets codes, so it tells nothing about being
        // known); refused or malformed addresses are answered as if a code went out.
        return isAuthApiError(error) && error.status === 429 ? "limited" : "sent";
      }
      ctx.cookies.set(codeSentCookie, String(nowSeconds()), {
        ...baseCookie,
        httpOnly: true,
        maxAge: otpLifetimeSeconds + 24 * 60 * 60,
      });
      return "sent";
    },

    verifyCode(ctx, email, code) {
      return verified(ctx, { email, token: code, type: "email" });
    },

    verifyLink(ctx, tokenHash) {
      return verified(ctx, { token_hash: tokenHash, type: "email" });
    },

    async getClaims(ctx) {
      if (!hasSessionCookie(ctx)) return null;
      return readClaims(client(ctx));
    },

    async signOut(ctx) {
      // Scope `local` ends this session only (not the user's other devices), and auth-js removes
      // the session, and so the cookies, before it calls GoTrue: a failed call changes nothing here.
      const { error } = await client(ctx).auth.signOut({ scope: "local" });
      if (error) console.warn(`Supabase Auth could not end a session: ${explain(error)}`);
      ctx.cookies.delete(codeSentCookie, baseCookie);
    },
  };

  function hasSessionCookie(ctx: AuthRequest): boolean {
    const header = ctx.request.headers.get("cookie");
    if (!header?.includes(storageKey)) {
      // A session set earlier in this same request lives only in the client's own state.
      return clients.has(ctx.cookies);
    }
    return true;
  }
}

async function readClaims(supabase: SupabaseClient): Promise<Claims | null> {
  try {
    const { data, error } = await supabase.auth.getClaims();
    if (error || !data) {
      if (error && isOutage(error))
        console.warn(`Supabase Auth could not check a session: ${explain(error)}`);
      return null;
    }
    return toClaims(data.claims);
  } catch {
    return null;
  }
}

function toClaims(payload: JwtPayload): Claims | null {
  const { sub, role, aud, email, is_anonymous: anonymous, ...rest } = payload;
  if (typeof sub !== "string" || sub === "" || role !== "authenticated" || anonymous === true) return null;
  return {
    ...rest,
    sub,
    role: "authenticated",
    email: typeof email === "string" ? email : undefined,
    aud: typeof aud === "string" ? aud : undefined,
    is_anonymous: false,
  };
}

/** Network failures, 5xx, unreadable answers and a rejected API key: nothing the visitor caused. */
function isOutage(error: AuthError): boolean {
  if (isAuthApiError(error)) return error.status >= 500 || error.status === 401;
  return error.name === "AuthRetryableFetchError" || error.name === "AuthUnknownError";
}

function outageError(action: string, error: AuthError): Error {
  return new Error(`Supabase Auth could not ${action}: ${explain(error)}`, { cause: error });
}

function explain(error: AuthError): string {
  return `${error.name} (status ${error.status ?? "none"}${error.code ? `, ${error.code}` : ""})`;
}

function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}
