// `npm start` on a fresh clone until the first 200: build, migrate + seed, server start.
import { execFileSync, spawn } from "node:child_process";
import { mkdtemp, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { waitForOk } from "./server";

export interface ColdStart {
  buildSeconds: number;
  prepareSeconds: number;
  serverSeconds: number;
  totalSeconds: number;
}

export async function coldStart(port: number): Promise<ColdStart> {
  const dir = await mkdtemp(join(tmpdir(), "openhuis-cold-"));
  const clone = join(dir, "openhuis");
  execFileSync("git", ["clone", "--quiet", "--no-hardlinks", resolve("."), clone]);
  // The installed packages are shared, not installed again: npm start is what is timed, not npm ci.
  await symlink(resolve("node_modules"), join(clone, "node_modules"));
  const env: Record<string, string> = { ...(process.env as Record<string, string>) };
  for (const key of ["DATABASE_URL", "PGLITE_DATA_DIR", "RESEND_API_KEY", "PDOK_URL", "SUPABASE_URL"])
    delete env[key];
  Object.assign(env, {
    HOST: "127.0.0.1",
    PORT: String(port),
    PATH: `${resolve("node_modules/.bin")}:${env.PATH}`,
  });
  const start = performance.now();
  const marks: { built?: number; prepared?: number } = {};
  const child = spawn("npm", ["start"], {
    cwd: clone,
    env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => {
    output += chunk.toString();
    if (marks.built === undefined && output.includes("[build] Complete!")) marks.built = performance.now();
    if (
      marks.prepared === undefined &&
      // The last line scripts/prepare-database.ts prints.
      /De inlogcode staat|De outbox is niet te zien|Database bijgewerkt/.test(output)
    )
      marks.prepared = performance.now();
  });
  child.stderr.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  try {
    await waitForOk(`http://127.0.0.1:${port}/`, 300_000);
    const ready = performance.now();
    if (marks.built === undefined || marks.prepared === undefined)
      throw new Error(`could not split the start:\n${output.slice(-2000)}`);
    return {
      buildSeconds: (marks.built - start) / 1000,
      prepareSeconds: (marks.prepared - marks.built) / 1000,
      serverSeconds: (ready - marks.prepared) / 1000,
      totalSeconds: (ready - start) / 1000,
    };
  } finally {
    if (child.pid) process.kill(-child.pid, "SIGTERM");
    await new Promise((resolveWait) => setTimeout(resolveWait, 500));
    await rm(dir, { recursive: true, force: true });
  }
}
