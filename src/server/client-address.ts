import { createHash } from "node:crypto";

/**
 * The visitor's address for rate limits. Behind proxies every request comes from the nearest proxy,
 * and each trusted proxy appends the address it saw to X-Forwarded-For; with `trustedHops` proxies the
 * visitor's address is the entry that many from the end. Earlier entries are whatever the client sent,
 * and a request with fewer entries than trusted hops did not pass through all of them (a caller that
 * reached Node directly), so it counts by the connecting address.
 */
export function clientAddress(request: Request, socketAddress: string, trustedHops: number): string {
  if (trustedHops < 1) return socketAddress;
  const forwarded = (request.headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  return forwarded.length >= trustedHops ? forwarded[forwarded.length - trustedHops] : socketAddress;
}

/** How many proxies in front of us append to X-Forwarded-For: none unless TRUST_PROXY is on. */
export function trustedProxyHops(config: { TRUST_PROXY?: boolean; TRUST_PROXY_HOPS: number }): number {
  return config.TRUST_PROXY ? config.TRUST_PROXY_HOPS : 0;
}

/** What the database counts a visitor by: a hash, never the address itself. */
export function visitorKey(address: string): string {
  return createHash("sha256").update(`visitor:${address}`).digest("hex");
}
