// Imported both by the Node server (run with Node's type stripping) and by the Astro middleware, so
// it imports nothing.

/**
 * The site ships no inline scripts or styles (stylesheets are always linked, see astro.config.mjs),
 * so everything may come from the site itself only. Framing is refused; forms post only here.
 */
export const contentSecurityPolicy = policyAllowing({});

/**
 * The policy of a page that hydrates an island: Astro's island loader is inline, so its exact
 * scripts and style are admitted by hash; a map may show tiles from one more origin.
 */
export function policyAllowing(extra: {
  scriptHashes?: string[];
  styleHashes?: string[];
  imageOrigins?: string[];
}): string {
  const sources = (base: string, more: string[] = []) => [base, ...more].join(" ");
  const hashes = (list: string[] = []) => list.map((hash) => `'${hash}'`);
  return [
    "default-src 'self'",
    sources("script-src 'self'", hashes(extra.scriptHashes)),
    sources("style-src 'self'", hashes(extra.styleHashes)),
    sources("img-src 'self' data:", extra.imageOrigins),
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * The dev outbox previews mail in a sandboxed srcdoc frame, which inherits the page's policy; mail
 * carries inline style attributes for mail clients. Scripts stay refused.
 */
export const devOutboxContentSecurityPolicy = contentSecurityPolicy.replace(
  "style-src 'self'",
  "style-src 'self' 'unsafe-inline'",
);

/** Headers for every response the server sends: pages, static files, redirects and errors. */
export function securityHeaders(production: boolean): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy":
      "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    // Only in production: on http://localhost a browser would remember HTTPS for the host.
    ...(production ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  };
}
