import { readFileSync } from "node:fs";
import { createContext } from "astro/middleware";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { AuthRequest } from "../../src/server/auth/port";
import { codeSentCookie, createSupabaseAuth } from "../../src/server/auth/supabase";

/** The template a Supabase project is configured with (supabase/config.toml). */
const supabaseEmailTemplate = readFileSync("supabase/templates/sign-in.html", "utf8");

import { type FakeSupabaseAuth, renderSupabaseTemplate, startFakeSupabaseAuth } from "../fakes/supabase-auth";

const confirmUrl = new URL("https://openhuis.test/inloggen/bevestigen");
const email = "pleegouder@example.nl";
const sessionCookie = "sb-127-auth-token";

interface StoredCookie {
  value: string;
  attributes: Record<string, string | true>;
}

/**
 * A browser: keeps what Set-Cookie headers say and sends it back on the next request. Each call
 * runs in a fresh Astro context (Astro's own AstroCookies), like one HTTP request does.
 */
class Browser {
  readonly jar = new Map<string, StoredCookie>();
  /** The Set-Cookie lines of the last response, by cookie name. */
  lastSetCookies = new Map<string, StoredCookie>();

  async call<T>(work: (ctx: AuthRequest) => Promise<T>): Promise<T> {
    const cookie = [...this.jar].map(([name, { value }]) => `${name}=${value}`).join("; ");
    const request = new Request("https://openhuis.test/inloggen", { headers: cookie ? { cookie } : {} });
    const ctx = createContext({ request, defaultLocale: "nl" });
    try {
      return await work(ctx);
    } finally {
      this.receive([...ctx.cookies.headers()]);
    }
  }

  sessionCookieNames(): string[] {
    return [...this.jar.keys()].filter((name) => name.startsWith(sessionCookie));
  }

  private receive(lines: string[]): void {
    this.lastSetCookies = new Map();
    for (const line of lines) {
      const [pair, ...rest] = line.split(";");
      const separator = pair.indexOf("=");
      const name = pair.slice(0, separator).trim();
      const value = pair.slice(separator + 1).trim();
      const attributes: Record<string, string | true> = {};
      for (const part of rest) {
        const [key, ...val] = part.trim().split("=");
        attributes[key.toLowerCase()] = val.length > 0 ? val.join("=") : true;
      }
      const cookie = { value, attributes };
      this.lastSetCookies.set(name, cookie);
      const maxAge = attributes["max-age"];
      const expires = attributes.expires;
      const gone =
        (typeof maxAge === "string" && Number(maxAge) <= 0) ||
        (typeof expires === "string" && new Date(expires).getTime() <= Date.now());
      if (gone) this.jar.delete(name);
      else this.jar.set(name, cookie);
    }
  }
}

/** The session JSON @supabase/ssr keeps in (possibly chunked) `base64-…` cookies. */
function readSession(browser: Browser): { access_token: string; refresh_token: string } {
  const names = browser.sessionCookieNames().sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
  const joined = browser.jar.has(sessionCookie)
    ? (browser.jar.get(sessionCookie)?.value ?? "")
    : names.map((name) => browser.jar.get(name)?.value ?? "").join("");
  const raw = decodeURIComponent(joined);
  expect(raw.startsWith("base64-")).toBe(true);
  return JSON.parse(Buffer.from(raw.slice("base64-".length), "base64url").toString("utf8"));
}

function writeSession(browser: Browser, session: unknown): void {
  for (const name of browser.sessionCookieNames()) browser.jar.delete(name);
  const value = `base64-${Buffer.from(JSON.stringify(session)).toString("base64url")}`;
  browser.jar.set(sessionCookie, { value, attributes: {} });
}

async function signIn(fake: FakeSupabaseAuth, browser: Browser, address = email) {
  const auth = createSupabaseAuth({ url: fake.url, anonKey: fake.anonKey, secureCookies: true });
  await browser.call((ctx) => auth.requestCode(ctx, address, confirmUrl));
  const mail = fake.lastMail(address);
  if (!mail) throw new Error("the fake sent no mail");
  const result = await browser.call((ctx) => auth.verifyCode(ctx, address, mail.token));
  if (!result.ok) throw new Error(`sign-in failed: ${result.reason}`);
  return { auth, claims: result.claims };
}

describe("Supabase auth adapter against a GoTrue fake (ES256 + JWKS)", () => {
  let fake: FakeSupabaseAuth;
  let counter = 0;
  const nextEmail = () => `persoon${++counter}@example.nl`;

  beforeAll(async () => {
    fake = await startFakeSupabaseAuth({ emailFrequencySeconds: 60 });
  });
  afterAll(async () => {
    await fake.close();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  const adapter = () => createSupabaseAuth({ url: fake.url, anonKey: fake.anonKey, secureCookies: true });

  it("requestCode posts the address and the confirm URL to /auth/v1/otp, creating the user", async () => {
    const browser = new Browser();
    const address = nextEmail();
    await browser.call((ctx) => adapter().requestCode(ctx, address, confirmUrl));

    const request = fake.requests.filter((r) => r.path === "/auth/v1/otp").at(-1);
    expect(request?.method).toBe("POST");
    expect(request?.query.redirect_to).toBe(confirmUrl.toString());
    expect(request?.headers.apikey).toBe(fake.anonKey);
    expect(request?.body).toMatchObject({ email: address, create_user: true });

    const mail = fake.lastMail(address);
    expect(mail?.token).toMatch(/^\d{6}$/);
    expect(mail?.template).toBe("confirmation");
    // The PKCE verifier @supabase/ssr would store is useless to us: it must not reach the browser.
    expect([...browser.jar.keys()].some((name) => name.includes("code-verifier"))).toBe(false);
    expect(browser.jar.get(codeSentCookie)?.attributes.httponly).toBe(true);
  });

  it("with email confirmations on, as supabase/config.toml sets, a new address signs in with its code and is confirmed", async () => {
    const authEmailSection =
      /\[auth\.email\]([^[]*)/.exec(readFileSync("supabase/config.toml", "utf8"))?.[1] ?? "";
    expect(authEmailSection).toMatch(/^enable_confirmations = true$/m);

    const browser = new Browser();
    const address = nextEmail();
    await browser.call((ctx) => adapter().requestCode(ctx, address, confirmUrl));
    const mail = fake.lastMail(address);
    expect(mail?.template).toBe("confirmation");
    const result = await browser.call((ctx) => adapter().verifyCode(ctx, address, mail?.token ?? ""));
    expect(result).toMatchObject({ ok: true, claims: { email: address } });
    expect(result.ok && result.claims.user_metadata).toMatchObject({ email_verified: true });
  });

  it("the documented email template carries the code and a link to the confirm URL with the token hash", async () => {
    const browser = new Browser();
    const address = nextEmail();
    await browser.call((ctx) => adapter().requestCode(ctx, address, confirmUrl));
    const mail = fake.lastMail(address);
    if (!mail) throw new Error("no mail");
    const html = renderSupabaseTemplate(supabaseEmailTemplate, mail);
    expect(html).toContain(mail.token);
    const href = /href="([^"]+)"/.exec(html)?.[1] ?? "";
    const link = new URL(href);
    expect(`${link.origin}${link.pathname}`).toBe(confirmUrl.toString());
    expect(link.searchParams.get("token_hash")).toBe(mail.tokenHash);

    // Following that link signs in (another browser: the mail may be opened anywhere).
    const result = await new Browser().call((ctx) =>
      adapter().verifyLink(ctx, link.searchParams.get("token_hash") ?? ""),
    );
    expect(result.ok).toBe(true);
  });

  it("a rate limit resolves as limited; refused or malformed addresses like a sent code; no address is logged", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const browser = new Browser();
    const address = nextEmail();
    await expect(browser.call((ctx) => adapter().requestCode(ctx, address, confirmUrl))).resolves.toBe(
      "sent",
    );
    // GoTrue allows one mail per address per minute: the second answer is 429 over_email_send_rate_limit.
    await expect(browser.call((ctx) => adapter().requestCode(ctx, address, confirmUrl))).resolves.toBe(
      "limited",
    );
    expect(fake.mails.filter((mail) => mail.to === address)).toHaveLength(1);

    fake.failNext("/auth/v1/otp", {
      status: 422,
      code: "signup_disabled",
      message: "Signups not allowed for this instance",
    });
    await expect(browser.call((ctx) => adapter().requestCode(ctx, nextEmail(), confirmUrl))).resolves.toBe(
      "sent",
    );
    fake.failNext("/auth/v1/otp", {
      status: 429,
      code: "over_request_rate_limit",
      message: "Request rate limit reached",
    });
    await expect(browser.call((ctx) => adapter().requestCode(ctx, nextEmail(), confirmUrl))).resolves.toBe(
      "limited",
    );
    await expect(browser.call((ctx) => adapter().requestCode(ctx, "geen-adres", confirmUrl))).resolves.toBe(
      "sent",
    );

    const logged = warn.mock.calls.flat().map(String).join("\n");
    expect(logged).toContain("over_email_send_rate_limit");
    expect(logged).not.toContain("@example.nl");
  });

  it("an outage (5xx, unreachable, wrong key) is an error, without the address in it", async () => {
    const browser = new Browser();
    const address = nextEmail();
    fake.failNext("/auth/v1/otp", { status: 503, message: "upstream connect error" });
    const outage = await browser
      .call((ctx) => adapter().requestCode(ctx, address, confirmUrl))
      .catch((e: unknown) => e);
    expect(outage).toBeInstanceOf(Error);
    expect(String((outage as Error).message)).not.toContain(address);

    const wrongKey = createSupabaseAuth({ url: fake.url, anonKey: "not-the-key", secureCookies: true });
    await expect(browser.call((ctx) => wrongKey.requestCode(ctx, address, confirmUrl))).rejects.toThrow(
      /status 401/,
    );

    const unreachable = createSupabaseAuth({
      url: "http://127.0.0.1:9",
      anonKey: fake.anonKey,
      secureCookies: true,
    });
    const offline = await browser
      .call((ctx) => unreachable.requestCode(ctx, address, confirmUrl))
      .catch((e: unknown) => e);
    expect(offline).toBeInstanceOf(Error);
    expect(String((offline as Error).message)).not.toContain(address);
  });

  it("verifyCode with the right code sets the session cookies and returns the claims", async () => {
    const browser = new Browser();
    const address = nextEmail();
    const auth = adapter();
    await browser.call((ctx) => auth.requestCode(ctx, address, confirmUrl));
    const mail = fake.lastMail(address);
    const result = await browser.call((ctx) => auth.verifyCode(ctx, address, mail?.token ?? ""));

    const user = fake.users().find((u) => u.email === address);
    expect(result).toEqual({
      ok: true,
      claims: expect.objectContaining({
        sub: user?.id,
        email: address,
        role: "authenticated",
        aud: "authenticated",
      }),
    });
    const verify = fake.requests.filter((r) => r.path === "/auth/v1/verify").at(-1);
    expect(verify?.body).toMatchObject({ email: address, token: mail?.token, type: "email" });

    expect(browser.sessionCookieNames().length).toBeGreaterThan(0);
    for (const name of browser.sessionCookieNames()) {
      const attributes: Record<string, string | true> = browser.lastSetCookies.get(name)?.attributes ?? {};
      expect(attributes).toMatchObject({ path: "/", samesite: "Lax", secure: true });
      expect(Number(attributes["max-age"])).toBeGreaterThan(0);
    }
    expect(browser.jar.has(codeSentCookie)).toBe(false);
    expect(readSession(browser).refresh_token).toBeTruthy();
  });

  it("a wrong code is 'invalid' and sets no session", async () => {
    const browser = new Browser();
    const address = nextEmail();
    await browser.call((ctx) => adapter().requestCode(ctx, address, confirmUrl));
    const right = fake.lastMail(address)?.token ?? "";
    const wrong = right === "000000" ? "111111" : "000000";
    const result = await browser.call((ctx) => adapter().verifyCode(ctx, address, wrong));
    expect(result).toEqual({ ok: false, reason: "invalid" });
    expect(browser.sessionCookieNames()).toEqual([]);
    // GoTrue answered otp_expired, as it does for any code that does not match.
    expect(fake.requests.at(-1)?.path).toBe("/auth/v1/verify");

    // A code for an address that never asked is 'invalid' too.
    const stranger = await new Browser().call((ctx) => adapter().verifyCode(ctx, nextEmail(), "123456"));
    expect(stranger).toEqual({ ok: false, reason: "invalid" });
  });

  it("an expired code or link is 'expired'", async () => {
    const browser = new Browser();
    const address = nextEmail();
    await browser.call((ctx) => adapter().requestCode(ctx, address, confirmUrl));
    const mail = fake.lastMail(address);
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 3601 * 1000);
    expect(await browser.call((ctx) => adapter().verifyCode(ctx, address, mail?.token ?? ""))).toEqual({
      ok: false,
      reason: "expired",
    });
    expect(await browser.call((ctx) => adapter().verifyLink(ctx, mail?.tokenHash ?? ""))).toEqual({
      ok: false,
      reason: "expired",
    });
  });

  it("GoTrue's verify rate limit is 'too_many_attempts'; its outage is an error", async () => {
    const browser = new Browser();
    const address = nextEmail();
    await browser.call((ctx) => adapter().requestCode(ctx, address, confirmUrl));
    const token = fake.lastMail(address)?.token ?? "";
    fake.failNext("/auth/v1/verify", {
      status: 429,
      code: "over_request_rate_limit",
      message: "Request rate limit reached",
    });
    expect(await browser.call((ctx) => adapter().verifyCode(ctx, address, token))).toEqual({
      ok: false,
      reason: "too_many_attempts",
    });
    fake.failNext("/auth/v1/verify", { status: 500, code: "unexpected_failure", message: "Database error" });
    await expect(browser.call((ctx) => adapter().verifyCode(ctx, address, token))).rejects.toThrow(
      /status 500/,
    );
    // The code still works afterwards.
    expect((await browser.call((ctx) => adapter().verifyCode(ctx, address, token))).ok).toBe(true);
  });

  it("a magic link works once", async () => {
    const browser = new Browser();
    const address = nextEmail();
    await browser.call((ctx) => adapter().requestCode(ctx, address, confirmUrl));
    const tokenHash = fake.lastMail(address)?.tokenHash ?? "";
    expect((await browser.call((ctx) => adapter().verifyLink(ctx, tokenHash))).ok).toBe(true);
    const verify = fake.requests.filter((r) => r.path === "/auth/v1/verify").at(-1);
    expect(verify?.body).toMatchObject({ token_hash: tokenHash, type: "email" });
    expect(await new Browser().call((ctx) => adapter().verifyLink(ctx, tokenHash))).toEqual({
      ok: false,
      reason: "invalid",
    });
  });

  it("getClaims reads the session from the cookies on a later request, verifying locally with the JWKS", async () => {
    const browser = new Browser();
    const { claims } = await signIn(fake, browser, nextEmail());
    const before = fake.requests.length;
    const later = await browser.call((ctx) => adapter().getClaims(ctx));
    expect(later).toEqual(
      expect.objectContaining({ sub: claims.sub, email: claims.email, role: "authenticated" }),
    );
    const calls = fake.requests.slice(before).map((r) => r.path);
    expect(calls.filter((path) => path !== "/auth/v1/.well-known/jwks.json")).toEqual([]);
    // Nobody signed in: no cookie, no client, no request.
    expect(await new Browser().call((ctx) => adapter().getClaims(ctx))).toBeNull();
  });

  it("a tampered or garbled session cookie gives null", async () => {
    const browser = new Browser();
    await signIn(fake, browser, nextEmail());
    const session = readSession(browser);
    // Written back untouched, the session still counts (so what follows tests the tampering).
    writeSession(browser, session);
    expect(await browser.call((ctx) => adapter().getClaims(ctx))).not.toBeNull();

    const [header, payload, signature] = session.access_token.split(".");
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
    const forged = Buffer.from(JSON.stringify({ ...claims, sub: crypto.randomUUID() })).toString("base64url");
    writeSession(browser, { ...session, access_token: `${header}.${forged}.${signature}` });
    expect(await browser.call((ctx) => adapter().getClaims(ctx))).toBeNull();

    vi.spyOn(console, "warn").mockImplementation(() => {});
    browser.jar.set(sessionCookie, { value: "base64-bm90LWpzb24", attributes: {} });
    expect(await browser.call((ctx) => adapter().getClaims(ctx))).toBeNull();
  });

  it("signOut clears the session cookies and ends the session at GoTrue", async () => {
    const browser = new Browser();
    await signIn(fake, browser, nextEmail());
    const sessions = fake.sessionCount();
    await browser.call((ctx) => adapter().signOut(ctx));
    expect(browser.sessionCookieNames()).toEqual([]);
    const logout = fake.requests.filter((r) => r.path === "/auth/v1/logout").at(-1);
    expect(logout?.query.scope).toBe("local");
    expect(fake.sessionCount()).toBe(sessions - 1);
    expect(await browser.call((ctx) => adapter().getClaims(ctx))).toBeNull();
  });

  it("signOut clears the cookies even when GoTrue cannot be reached", async () => {
    const browser = new Browser();
    await signIn(fake, browser, nextEmail());
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    fake.failNext("/auth/v1/logout", { status: 503, message: "upstream connect error" });
    await browser.call((ctx) => adapter().signOut(ctx));
    expect(browser.sessionCookieNames()).toEqual([]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("status 503"));
  });

  it("one client per request: a session set in this request is visible to getClaims in the same request", async () => {
    const browser = new Browser();
    const address = nextEmail();
    const auth = adapter();
    await browser.call((ctx) => auth.requestCode(ctx, address, confirmUrl));
    const token = fake.lastMail(address)?.token ?? "";
    const same = await browser.call(async (ctx) => {
      await auth.verifyCode(ctx, address, token);
      return auth.getClaims(ctx);
    });
    expect(same?.email).toBe(address);
    // …and a different request without the cookies sees nobody.
    expect(await new Browser().call((ctx) => auth.getClaims(ctx))).toBeNull();
  });
});

describe("Supabase auth adapter: token refresh, legacy HS256 projects, legacy error shapes", () => {
  it("refreshes an access token that is about to expire and writes the new session", async () => {
    const fake = await startFakeSupabaseAuth({ accessTokenLifetimeSeconds: 60 });
    try {
      const browser = new Browser();
      const { claims } = await signIn(fake, browser);
      const oldRefresh = readSession(browser).refresh_token;
      const later = await browser.call((ctx) =>
        createSupabaseAuth({ url: fake.url, anonKey: fake.anonKey, secureCookies: false }).getClaims(ctx),
      );
      expect(later?.sub).toBe(claims.sub);
      const refresh = fake.requests.find((r) => r.path === "/auth/v1/token");
      expect(refresh?.query.grant_type).toBe("refresh_token");
      expect(readSession(browser).refresh_token).not.toBe(oldRefresh);
      for (const name of browser.sessionCookieNames()) {
        expect(browser.lastSetCookies.get(name)?.attributes.secure).toBeUndefined();
      }
    } finally {
      await fake.close();
    }
  });

  it("with the legacy HS256 secret, getClaims asks GoTrue (/user) and a revoked session gives null", async () => {
    const fake = await startFakeSupabaseAuth({ signing: "HS256" });
    try {
      const browser = new Browser();
      const { auth, claims } = await signIn(fake, browser);
      expect(fake.requests.some((r) => r.path === "/auth/v1/user")).toBe(true);
      const copy = new Browser();
      for (const [name, cookie] of browser.jar) copy.jar.set(name, cookie);
      expect((await copy.call((ctx) => auth.getClaims(ctx)))?.sub).toBe(claims.sub);
      await browser.call((ctx) => auth.signOut(ctx));
      // The copied cookies still hold the old tokens, but GoTrue no longer knows the session.
      expect(await copy.call((ctx) => auth.getClaims(ctx))).toBeNull();
    } finally {
      await fake.close();
    }
  });

  it("maps the legacy error shape ({ code, error_code, msg }) of an unversioned GoTrue the same way", async () => {
    const fake = await startFakeSupabaseAuth({ apiVersioning: false });
    try {
      const auth = createSupabaseAuth({ url: fake.url, anonKey: fake.anonKey, secureCookies: true });
      const browser = new Browser();
      await browser.call((ctx) => auth.requestCode(ctx, email, confirmUrl));
      const token = fake.lastMail(email)?.token ?? "";
      const wrong = token === "000000" ? "111111" : "000000";
      expect(await browser.call((ctx) => auth.verifyCode(ctx, email, wrong))).toEqual({
        ok: false,
        reason: "invalid",
      });
      fake.failNext("/auth/v1/verify", {
        status: 429,
        code: "over_request_rate_limit",
        message: "Request rate limit reached",
      });
      expect(await browser.call((ctx) => auth.verifyCode(ctx, email, token))).toEqual({
        ok: false,
        reason: "too_many_attempts",
      });
      expect((await browser.call((ctx) => auth.verifyCode(ctx, email, token))).ok).toBe(true);
    } finally {
      await fake.close();
    }
  });
});
