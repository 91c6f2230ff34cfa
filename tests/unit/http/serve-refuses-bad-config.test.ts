import { spawn, spawnSync } from "node:child_process";
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

  // Unit tests run before `astro build` in `npm test`: without dist/ the server stops right after its
  // configuration check, with it the server listens; either way the notice must come first.
  it("says as it starts, before any request, that links point at itself without PUBLIC_SITE_URL", async () => {
    const server = spawn(process.execPath, ["src/server/http/serve.ts"], {
      env: { PATH: process.env.PATH ?? "", PORT: "4497", HOST: "127.0.0.1" },
    });
    let output = "";
    const record = (chunk: Buffer) => {
      output += chunk.toString();
    };
    server.stdout.on("data", record);
    server.stderr.on("data", record);
    try {
      await new Promise<void>((resolve) => {
        server.stdout.on("data", () => {
          if (output.includes("luistert")) resolve();
        });
        server.once("exit", () => resolve());
      });
      const notice = output.indexOf("PUBLIC_SITE_URL is niet gezet");
      expect(notice).toBeGreaterThanOrEqual(0);
      expect(output).toContain("http://127.0.0.1:4497");
      const listening = output.indexOf("luistert");
      if (listening >= 0) expect(notice).toBeLessThan(listening);
    } finally {
      server.kill();
    }
  }, 20_000);
});
