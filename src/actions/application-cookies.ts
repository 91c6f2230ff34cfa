import { randomBytes } from "node:crypto";
import type { AstroCookies } from "astro";
import { isApplicationFormPath } from "../domain/applications/form-paths";
import type { Source } from "../server/applications/start-application";

const draftCookie = "openhuis_application";
const typedAboutYouCookie = "openhuis_about_you";
const sourceCookie = "openhuis_source";
const sixtyDays = 60 * 24 * 60 * 60;
const utmKeys = ["utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content"] as const;

const cookieOptions = (secure: boolean) => ({
  httpOnly: true,
  sameSite: "lax" as const,
  secure,
  path: "/",
  maxAge: sixtyDays,
});

/** The visitor's draft token: lets this browser, and only this one, continue the unsent application. */
export function readDraftToken(cookies: AstroCookies): string | undefined {
  const token = cookies.get(draftCookie)?.value;
  return token && /^[\w-]{43}$/.test(token) ? token : undefined;
}

export function ensureDraftToken(cookies: AstroCookies, secure: boolean): string {
  const existing = readDraftToken(cookies);
  if (existing) return existing;
  const token = randomBytes(32).toString("base64url");
  cookies.set(draftCookie, token, cookieOptions(secure));
  return token;
}

/** Ends this browser's hold on a draft: after claiming, signing in or out, and submitting. */
export function forgetDraftToken(cookies: AstroCookies): void {
  cookies.delete(draftCookie, { path: "/" });
}

/**
 * Remembers where a visitor came from (campaign, UTM) for their application. Read from the landing
 * URL, or from the campaign page's URL in the Referer, since prerendered campaign pages cannot pass it on.
 */
export function rememberSource(
  cookies: AstroCookies,
  url: URL,
  referer: string | null,
  secure: boolean,
): void {
  const sameSite = [url, ...(referer ? [safeUrl(referer)] : [])].filter(
    (candidate): candidate is URL => candidate !== undefined && candidate.origin === url.origin,
  );
  const utmOf = (candidate: URL) =>
    Object.fromEntries(
      utmKeys.flatMap((key) => {
        const value = candidate.searchParams.get(key);
        return value ? [[key, value.slice(0, 100)]] : [];
      }),
    );
  const utm = sameSite.map(utmOf).find((found) => Object.keys(found).length > 0) ?? {};
  const campaign = sameSite.map((candidate) => candidate.searchParams.get("campagne")).find(Boolean);
  if (!campaign && Object.keys(utm).length === 0) return;
  const source = {
    source: campaign?.slice(0, 100) ?? campaignFromPath(sameSite[1] ?? url),
    utm,
  } satisfies Source;
  cookies.set(sourceCookie, JSON.stringify(source), cookieOptions(secure));
}

export function readSource(cookies: AstroCookies): Source {
  try {
    const parsed = JSON.parse(cookies.get(sourceCookie)?.value ?? "{}") as Partial<Source>;
    const utm = Object.fromEntries(
      Object.entries(parsed.utm ?? {}).filter(
        ([key, value]) => utmKeys.includes(key as never) && typeof value === "string",
      ),
    );
    return { source: typeof parsed.source === "string" ? parsed.source.slice(0, 100) : undefined, utm };
  } catch {
    return { source: undefined, utm: {} };
  }
}

function safeUrl(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

function campaignFromPath(url: URL): string | undefined {
  return isApplicationFormPath(url.pathname) ? undefined : url.pathname.slice(0, 100);
}

/**
 * What someone typed in the first step when their address turned out to have an application already:
 * kept in their own browser while they fetch the sign-in code, so they need not type it again.
 */
export function keepTypedAboutYou(
  cookies: AstroCookies,
  typed: Record<string, string>,
  secure: boolean,
): void {
  cookies.set(typedAboutYouCookie, JSON.stringify(typed), { ...cookieOptions(secure), maxAge: 30 * 60 });
}

export function takeTypedAboutYou(cookies: AstroCookies): Record<string, string> {
  try {
    const typed = JSON.parse(cookies.get(typedAboutYouCookie)?.value ?? "{}") as Record<string, unknown>;
    return Object.fromEntries(
      Object.entries(typed).filter(([, value]) => typeof value === "string"),
    ) as Record<string, string>;
  } catch {
    return {};
  }
}

export function forgetTypedAboutYou(cookies: AstroCookies): void {
  cookies.delete(typedAboutYouCookie, { path: "/" });
}
