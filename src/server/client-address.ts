/**
 * The visitor's address for rate limits. Behind a proxy every request comes from the proxy, so with
 * TRUST_PROXY the address the proxy appended to X-Forwarded-For counts (the last one: earlier entries
 * are whatever the client sent and cannot be trusted).
 */
export function clientAddress(request: Request, socketAddress: string, trustProxy: boolean): string {
  if (!trustProxy) return socketAddress;
  const forwarded = request.headers
    .get("x-forwarded-for")
    ?.split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  return forwarded?.at(-1) ?? socketAddress;
}
