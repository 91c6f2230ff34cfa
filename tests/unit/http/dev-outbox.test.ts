import { describe, expect, it } from "vitest";
import { readConfig } from "../../../src/server/config";

const served = (env: Record<string, string>) => readConfig(env).devOutbox;

describe("/dev/outbox is served", () => {
  it("by default on this machine: mail stays in the outbox and the server listens on localhost", () => {
    expect(served({})).toBe(true);
    expect(served({ HOST: "127.0.0.1" })).toBe(true);
    expect(served({ HOST: "::1" })).toBe(true);
  });

  it("not when the server listens on other machines' networks", () => {
    expect(served({ HOST: "0.0.0.0" })).toBe(false);
    expect(served({ HOST: "::" })).toBe(false);
    expect(served({ HOST: "192.168.1.20" })).toBe(false);
    expect(served({ HOST: "openhuis.example" })).toBe(false);
  });

  it("not when mail really goes out", () => {
    expect(served({ HOST: "127.0.0.1", RESEND_API_KEY: "re_test" })).toBe(false);
  });

  it("as DEV_OUTBOX says, when set", () => {
    expect(served({ HOST: "0.0.0.0", DEV_OUTBOX: "true" })).toBe(true);
    expect(served({ HOST: "0.0.0.0", RESEND_API_KEY: "re_test", DEV_OUTBOX: "true" })).toBe(true);
    expect(served({ HOST: "127.0.0.1", DEV_OUTBOX: "false" })).toBe(false);
  });

  it("never in production, whatever else is set", () => {
    const production = {
      NODE_ENV: "production",
      SESSION_SECRET: "x".repeat(32),
      PUBLIC_SITE_URL: "https://openhuis.nl",
    };
    expect(served({ ...production, HOST: "127.0.0.1" })).toBe(false);
    expect(served({ ...production, HOST: "127.0.0.1", DEV_OUTBOX: "true" })).toBe(false);
  });
});
