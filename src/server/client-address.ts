import { createHash } from "node:crypto";
import { isIPv4, isIPv6 } from "node:net";

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

/** What the database counts a visitor by: a hash of their network, never the address itself. */
export function visitorKey(address: string): string {
  return createHash("sha256")
    .update(`visitor:${networkOf(address)}`)
    .digest("hex");
}

/**
 * The network an address stands for in rate limits. One IPv6 host usually holds a whole /64 and
 * may pick any address in it for each request, so IPv6 counts per /64. An IPv4 client seen on a
 * dual-stack socket (`::ffff:192.0.2.1`) is that IPv4 address, and a port some proxies append
 * (`192.0.2.1:51234`, `[2001:db8::1]:443`) is a new one per connection, so it is dropped.
 */
export function networkOf(address: string): string {
  const trimmed = address.trim();
  const host =
    trimmed.match(/^\[([^\]]+)\](?::\d+)?$/)?.[1] ??
    trimmed.match(/^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/)?.[1] ??
    trimmed;
  const unzoned = host.replace(/%.*$/, "");
  if (!isIPv6(unzoned)) return isIPv4(unzoned) ? unzoned : trimmed;
  const groups = ipv6Groups(unzoned.toLowerCase());
  const mappedIPv4 = groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff;
  if (mappedIPv4) return [groups[6] >> 8, groups[6] & 0xff, groups[7] >> 8, groups[7] & 0xff].join(".");
  return `${groups
    .slice(0, 4)
    .map((group) => group.toString(16))
    .join(":")}::/64`;
}

/** The eight 16-bit groups of a valid IPv6 address, `::` and a dotted IPv4 tail written out. */
function ipv6Groups(address: string): number[] {
  const dotted = address.match(/^(.*:)(\d+\.\d+\.\d+\.\d+)$/);
  const octets = dotted?.[2].split(".").map(Number) ?? [];
  const hex = dotted
    ? `${dotted[1]}${((octets[0] << 8) | octets[1]).toString(16)}:${((octets[2] << 8) | octets[3]).toString(16)}`
    : address;
  const [head, tail] = hex.includes("::") ? hex.split("::") : [hex, undefined];
  const parse = (part: string | undefined) =>
    part ? part.split(":").map((group) => Number.parseInt(group, 16)) : [];
  const front = parse(head);
  const back = parse(tail);
  return [...front, ...Array(8 - front.length - back.length).fill(0), ...back];
}
