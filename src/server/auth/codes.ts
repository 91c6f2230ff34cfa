import { createHash, createHmac, randomInt, timingSafeEqual } from "node:crypto";
import { newSecretToken } from "../secret-token";

export const codeLifetimeMinutes = 15;
export const maxAttemptsPerCode = 5;
/**
 * Wrong codes one address may get in 24 hours, over all its codes; then codes stop working for it
 * until the oldest failures are a day old. The magic link, which cannot be guessed, keeps working.
 */
export const maxFailedCodesPerDay = 10;
/** Codes one address may request per quarter of an hour by default; more are silently dropped. */
export const defaultCodesPerWindow = 5;

export function newSignInSecret(): { code: string; linkToken: string } {
  return {
    code: randomInt(0, 1_000_000).toString().padStart(6, "0"),
    linkToken: newSecretToken(),
  };
}

/** Keyed, so a stolen table of hashes cannot be brute-forced over the million possible codes. */
export function hashCode(pepper: Uint8Array, email: string, code: string): string {
  return createHmac("sha256", pepper).update(`${email}:${code}`).digest("hex");
}

export function hashLinkToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, "hex");
  const right = Buffer.from(b, "hex");
  return left.length === right.length && timingSafeEqual(left, right);
}
