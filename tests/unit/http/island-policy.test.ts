import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { islandPagePolicy } from "../../../src/server/http/island-policy";
import { contentSecurityPolicy } from "../../../src/server/http/security-headers";

const directive = (policy: string, name: string) =>
  policy.split("; ").find((part) => part.startsWith(`${name} `)) ?? "";

describe("the Content-Security-Policy of the page with the map", () => {
  it("admits the tile server for images only, and nothing else from elsewhere", () => {
    const policy = islandPagePolicy(["https://service.pdok.nl"]);
    expect(directive(policy, "img-src")).toBe("img-src 'self' data: https://service.pdok.nl");
    expect(policy.match(/https:\/\//g)).toHaveLength(1);
    for (const name of ["default-src", "connect-src", "font-src", "form-action"]) {
      expect(directive(policy, name)).toBe(directive(contentSecurityPolicy, name));
    }
    expect(directive(islandPagePolicy([]), "img-src")).toBe("img-src 'self' data:");
  });

  it("admits Astro's inline island loader by hash, never inline code in general", () => {
    const policy = islandPagePolicy([]);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    const styleHash = createHash("sha256")
      .update("astro-island,astro-slot,astro-static-slot{display:contents}")
      .digest("base64");
    expect(directive(policy, "style-src")).toBe(`style-src 'self' 'sha256-${styleHash}'`);
    expect(directive(policy, "script-src").match(/'sha256-[A-Za-z0-9+/=]+'/g)).toHaveLength(3);
  });

  it("leaves every other page as strict as before", () => {
    expect(directive(contentSecurityPolicy, "script-src")).toBe("script-src 'self'");
    expect(directive(contentSecurityPolicy, "style-src")).toBe("style-src 'self'");
    expect(directive(contentSecurityPolicy, "img-src")).toBe("img-src 'self' data:");
  });
});
