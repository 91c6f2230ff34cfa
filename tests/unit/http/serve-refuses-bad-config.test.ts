import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

const serve = (env: Record<string, string>) =>
  spawnSync(process.execPath, ["src/server/http/serve.ts"], {
    env: { PATH: process.env.PATH ?? "", PORT: "4498", ...env },
    encoding: "utf8",
    timeout: 20_000,
  });

describe("the production server's start", () => {
  it("refuses to start without PUBLIC_SITE_URL, before it listens, and says why", () => {
    const started = serve({ NODE_ENV: "production", SESSION_SECRET: "x".repeat(40) });
    expect(started.status).toBe(1);
    expect(started.stderr).toContain("PUBLIC_SITE_URL");
    expect(started.stdout).not.toContain("luistert");
  });
});
