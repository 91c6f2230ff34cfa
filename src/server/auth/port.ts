import type { AstroCookies } from "astro";
import type { Claims } from "../sql/with-user";

/** What an auth adapter needs from the request it runs in. */
export interface AuthRequest {
  cookies: AstroCookies;
  request: Request;
  /** The connecting address (Astro's); see client-address.ts for the one rate limits count. */
  clientAddress: string;
}

/**
 * Whether a code mail went out. "limited": this address asked for codes too often lately, so none was
 * sent. Every address gets codes (sign-in creates the account), so saying so tells nothing about
 * whether the address is known.
 */
export type RequestCodeOutcome = "sent" | "limited";

export type VerifyFailure = "invalid" | "expired" | "too_many_attempts" | "locked";
export type VerifyResult = { ok: true; claims: Claims } | { ok: false; reason: VerifyFailure };

/**
 * Email sign-in for staff and applicants alike: a 6-digit code and a magic link in one mail.
 * Adapters never reveal whether an address is known.
 */
export interface AuthProvider {
  readonly name: "local" | "supabase";
  requestCode(ctx: AuthRequest, email: string, confirmUrl: URL): Promise<RequestCodeOutcome>;
  verifyCode(ctx: AuthRequest, email: string, code: string): Promise<VerifyResult>;
  verifyLink(ctx: AuthRequest, tokenHash: string): Promise<VerifyResult>;
  /** The signed-in user's verified claims, or null (no, expired or tampered session). */
  getClaims(ctx: AuthRequest): Promise<Claims | null>;
  signOut(ctx: AuthRequest): Promise<void>;
}
