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

  it("says as it starts, before any request, that links point at itself without PUBLIC_SITE_URL", async () => {
    const server = spawn(process.execPath, ["src/server/http/serve.ts"], {
      env: { PATH: process.env.PATH ?? "", PORT: "4497", HOST: "127.0.0.1" },
    });
    let stderr = "";
    server.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    try {
      await new Promise<void>((resolve, reject) => {
        server.stdout.on("data", (chunk: Buffer) => {
          if (chunk.toString().includes("luistert")) resolve();
        });
        server.once("exit", () => reject(new Error(`the server stopped: ${stderr}`)));
      });
      expect(stderr).toContain("PUBLIC_SITE_URL is niet gezet");
      expect(stderr).toContain("http://127.0.0.1:4497");
    } finally {
      server.kill();
    }
  }, 20_000);
});
