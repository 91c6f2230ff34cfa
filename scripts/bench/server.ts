// A fresh database (a new PGlite directory, or a new database on the PostgreSQL server) behind the
// built server, started exactly as production starts it: node src/server/http/serve.ts.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readConfig } from "../../src/server/config";
import { seedDemoData } from "../../src/server/seed/seed-demo";
import type { Database } from "../../src/server/sql/engine";
import { openDatabase } from "../../src/server/sql/open-database";
import { openPostgres } from "../../src/server/sql/postgres";

export type Engine = "pglite" | "postgres";

export interface FreshDatabase {
  engine: Engine;
  env: Record<string, string>;
  /** Opens it directly (only while no server holds it, for PGlite). */
  open(): Promise<Database>;
  drop(): Promise<void>;
}

export async function freshDatabase(engine: Engine, serverUrl: string): Promise<FreshDatabase> {
  if (engine === "pglite") {
    const dir = await mkdtemp(join(tmpdir(), "openhuis-bench-"));
    const env = { PGLITE_DATA_DIR: join(dir, "pglite") };
    return {
      engine,
      env,
      open: () => openDatabase(readConfig(env)),
      drop: () => rm(dir, { recursive: true, force: true }),
    };
  }
  const name = `openhuis_bench_${process.pid}_${Date.now()}`;
  const admin = openPostgres(serverUrl, { max: 1 });
  await admin.exec(`create database ${name}`);
  await admin.close();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const env = { DATABASE_URL: url.toString() };
  return {
    engine,
    env,
    open: () => openDatabase(readConfig(env)),
    drop: async () => {
      const again = openPostgres(serverUrl, { max: 1 });
      await again.exec(`drop database if exists ${name} with (force)`);
      await again.close();
    },
  };
}

/** Migrates and seeds the demo data, then lets the caller add what its benchmark needs. */
export async function prepare<T>(database: FreshDatabase, setup: (db: Database) => Promise<T>): Promise<T> {
  const db = await database.open();
  try {
    await seedDemoData(db);
    return await setup(db);
  } finally {
    await db.close();
  }
}

export interface RunningServer {
  base: string;
  /** CPU seconds the server process has used so far (user + system). */
  cpuSeconds(): number;
  stop(): Promise<void>;
}

/** CPU seconds a process has used, from /proc (Linux). */
export function processCpuSeconds(pid: number | undefined): number {
  if (pid === undefined) return Number.NaN;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

export function serverEnv(database: FreshDatabase, port: number): Record<string, string> {
  const inherited = { ...process.env } as Record<string, string>;
  for (const key of [
    "DATABASE_URL",
    "PGLITE_DATA_DIR",
    "RESEND_API_KEY",
    "PDOK_URL",
    "SUPABASE_URL",
    "PUBLIC_SITE_URL",
  ])
    delete inherited[key];
  return {
    ...inherited,
    ...database.env,
    NODE_ENV: "development",
    // No tile server: the need page's map draws on a plain background, and nothing comes from the internet.
    MAP_TILE_URL: "none",
    HOST: "127.0.0.1",
    PORT: String(port),
    // Every simulated applicant has its own address; the per-visitor limits then count per applicant.
    TRUST_PROXY: "true",
    DEV_OUTBOX: "true",
    SIGN_IN_ATTEMPTS_PER_HOUR_PER_VISITOR: "100000",
    SIGN_IN_CODES_PER_QUARTER_HOUR: "1000",
  };
}

export async function waitForOk(url: string, timeoutMs = 120_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.status === 200) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${url} gave no 200 within ${timeoutMs / 1000} s`);
}

export async function startServer(database: FreshDatabase, port: number): Promise<RunningServer> {
  const child: ChildProcess = spawn(process.execPath, ["src/server/http/serve.ts"], {
    env: serverEnv(database, port),
    stdio: ["ignore", "ignore", "inherit"],
  });
  const base = `http://127.0.0.1:${port}`;
  await waitForOk(`${base}/`);
  return {
    base,
    cpuSeconds: () => processCpuSeconds(child.pid),
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      await once(child, "exit");
    },
  };
}
