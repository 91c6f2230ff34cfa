import { describe, expect, it } from "vitest";
import { clientAddress, networkOf, trustedProxyHops, visitorKey } from "../../src/server/client-address";

const request = (forwardedFor?: string) =>
  new Request("http://localhost/", { headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {} });

describe("the visitor's address for rate limits", () => {
  it("is the connecting address when no proxy is trusted, whatever the headers say", () => {
    expect(clientAddress(request("8.8.8.8"), "10.0.0.2", 0)).toBe("10.0.0.2");
    expect(trustedProxyHops({ TRUST_PROXY: false, TRUST_PROXY_HOPS: 2 })).toBe(0);
    expect(trustedProxyHops({ TRUST_PROXY: undefined, TRUST_PROXY_HOPS: 1 })).toBe(0);
  });

  it("is the address our proxy appended when it is trusted, not one the client made up", () => {
    expect(clientAddress(request("6.6.6.6, 203.0.113.7"), "10.0.0.2", 1)).toBe("203.0.113.7");
    expect(clientAddress(request(), "10.0.0.2", 1)).toBe("10.0.0.2");
  });

  it("with two trusted hops is the address the outer proxy appended, not the inner proxy's", () => {
    expect(clientAddress(request("6.6.6.6, 203.0.113.7, 10.0.0.9"), "10.0.0.2", 2)).toBe("203.0.113.7");
    expect(trustedProxyHops({ TRUST_PROXY: true, TRUST_PROXY_HOPS: 2 })).toBe(2);
  });

  it("is the connecting address when the request passed fewer proxies than trusted: a caller reaching Node directly cannot choose", () => {
    expect(clientAddress(request("6.6.6.6"), "198.51.100.4", 2)).toBe("198.51.100.4");
    expect(clientAddress(request(" , "), "198.51.100.4", 1)).toBe("198.51.100.4");
  });
});

describe("what a rate limit counts a visitor by", () => {
  it("is one /64 for every IPv6 address in it: a host cannot spray requests over the addresses it holds", () => {
    const first = visitorKey("2001:db8:1:2:aaaa::1");
    expect(visitorKey("2001:db8:1:2:ffff:1234:5678:9abc")).toBe(first);
    expect(visitorKey("2001:DB8:1:2::7")).toBe(first);
    expect(visitorKey("[2001:db8:1:2::8]:443")).toBe(first);
    expect(visitorKey("2001:db8:1:2::9%eth0")).toBe(first);
    expect(visitorKey("2001:db8:1:3::1")).not.toBe(first);
  });

  it("is the IPv4 address however it is written, without the port a proxy may add per connection", () => {
    const plain = visitorKey("192.0.2.1");
    expect(visitorKey("::ffff:192.0.2.1")).toBe(plain);
    expect(visitorKey("::ffff:c000:201")).toBe(plain);
    expect(visitorKey("192.0.2.1:51234")).toBe(plain);
    expect(visitorKey(" 192.0.2.1 ")).toBe(plain);
    expect(visitorKey("192.0.2.2")).not.toBe(plain);
  });

  it("is the text itself when it is no address, and never the address in the clear", () => {
    expect(networkOf("unknown")).toBe("unknown");
    expect(networkOf("::1")).toBe("0:0:0:0::/64");
    expect(visitorKey("192.0.2.1")).not.toContain("192.0.2.1");
  });
});
