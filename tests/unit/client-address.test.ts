import { describe, expect, it } from "vitest";
import { clientAddress } from "../../src/server/client-address";

const request = (forwardedFor?: string) =>
  new Request("http://localhost/", { headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {} });

describe("the visitor's address for rate limits", () => {
  it("is the connecting address when no proxy is trusted, whatever the headers say", () => {
    expect(clientAddress(request("8.8.8.8"), "10.0.0.2", false)).toBe("10.0.0.2");
  });

  it("is the address our proxy appended when it is trusted, not one the client made up", () => {
    expect(clientAddress(request("6.6.6.6, 203.0.113.7"), "10.0.0.2", true)).toBe("203.0.113.7");
    expect(clientAddress(request(), "10.0.0.2", true)).toBe("10.0.0.2");
  });
});
