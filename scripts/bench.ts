// Measures every hot path a user waits on next to its limit, and writes docs/benchmarks.md.
// Run: npm run bench (or npm run bench -- --quick). Builds first (astro build); set BENCH_DATABASE_URL
// for the PostgreSQL server (the local one is tried by default). Servers it starts use ports
// BENCH_PORT (4500) to BENCH_PORT + 4. `-- --only=map` measures the map and the page weights alone,
// `-- --only=pages` the pages' time to first byte alone, `-- --only=lighthouse` the Lighthouse scores
// alone; each replaces just its sections of the report
// (with --quick too for a short run).
import { execFileSync } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { openPglite } from "../src/server/sql/pglite";
import { openPostgres } from "../src/server/sql/postgres";
import { coldStart } from "./bench/cold-start";
import { benchDataPath } from "./bench/data-path";
import { createBenchEvening, fillEvening, storedRegistrations } from "./bench/evening";
import { type IntakeRun, runCeiling, runIntake, storedApplications } from "./bench/intake";
import { type LighthouseScores, lighthouse } from "./bench/lighthouse";
import { describeMachine, oneMinuteLoad } from "./bench/machine";
import { benchMap, mapSettings } from "./bench/map";
import { type MapResults, mapSection } from "./bench/map-report";
import { benchMatching, type MatchingRun, matchingSettings } from "./bench/matching";
import { lighthouseNote, notesFor, pagesNote } from "./bench/notes";
import { measurePages } from "./bench/pages";
import { withSections } from "./bench/partial-report";
import {
  type EngineResults,
  lighthouseIntro,
  lighthouseSection,
  pagesIntro,
  pagesSection,
  type Results,
  renderReport,
  withHistory,
} from "./bench/report";
import { type Engine, freshDatabase, prepare, startServer } from "./bench/server";
import type { PageWeight } from "./bench/weight";
import { weightSection } from "./bench/weight-report";

const quick = process.argv.includes("--quick");
const only = process.argv.find((arg) => arg.startsWith("--only="))?.slice("--only=".length);
if (only !== undefined && !["map", "pages", "lighthouse"].includes(only)) {
  console.error(`--only=${only}: only --only=map, --only=pages and --only=lighthouse are known`);
  process.exit(2);
}
const port = Number(process.env.BENCH_PORT ?? 4500);
const reportPath = "docs/benchmarks.md";
const postgresUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const concurrencies = [1, 10, 50];
/** Applications per concurrency level. */
const applications = quick ? [3, 20, 50] : [20, 100, 300];
const eveningPeople = 500;
const eveningSeats = 20;
const pageRuns = quick ? 50 : 200;

async function postgresVersion(): Promise<string | undefined> {
  try {
    const admin = openPostgres(postgresUrl, { max: 1 });
    const [row] = await admin.query<{ version: string }>(
      "select current_setting('server_version') as version",
    );
    await admin.close();
    return row.version;
  } catch (error) {
    console.warn(
      "PostgreSQL niet bereikbaar; alleen PGlite gemeten.",
      error instanceof Error ? error.message : error,
    );
    return undefined;
  }
}

/** Lighthouse sometimes loses its trace on a busy machine (NO_NAVSTART); it says to run it again. */
async function withRetries<T>(times: number, work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= times) throw error;
      log(`attempt ${attempt} failed, again`);
    }
  }
}

function log(message: string) {
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
}

async function benchEngine(
  engine: Engine,
  port: number,
  extras: { lighthouse?: LighthouseScores[] | string },
): Promise<EngineResults> {
  const database = await freshDatabase(engine, postgresUrl);
  try {
    const eveningId = await prepare(database, (db) => createBenchEvening(db, eveningSeats));
    const server = await startServer(database, port);
    const runs: IntakeRun[] = [];
    let evening: Awaited<ReturnType<typeof fillEvening>>;
    let pages: Awaited<ReturnType<typeof measurePages>>;
    try {
      for (const [index, concurrency] of concurrencies.entries()) {
        log(`${engine}: intake, ${concurrency} concurrent`);
        runs.push(await runIntake(server.base, concurrency, applications[index], server.cpuSeconds));
      }
      log(`${engine}: an evening filling up`);
      evening = await fillEvening(server.base, eveningId, eveningPeople, eveningSeats);
      log(`${engine}: pages`);
      pages = await measurePages(server.base, pageRuns);
      if (extras.lighthouse !== undefined) extras.lighthouse = await measureLighthouse(server.base);
    } finally {
      await server.stop();
    }
    const db = await database.open();
    try {
      const intake = [];
      for (const run of runs) {
        log(`${engine}: ceiling, ${run.concurrency} concurrent`);
        intake.push({
          run,
          stored: await storedApplications(db, run.emailPrefix),
          ceiling: await runCeiling(db, run.emailPrefix, run.concurrency, run.applications).catch((error) => {
            console.error(`ceiling failed: ${error instanceof Error ? error.message : error}`);
            return { concurrency: run.concurrency, applications: 0, writes: 0, seconds: Number.NaN };
          }),
        });
      }
      return {
        engine,
        intake,
        evening: { ...evening, stored: await storedRegistrations(db, eveningId) },
        pages: pages.timings,
      };
    } finally {
      await db.close();
    }
  } finally {
    await database.drop();
  }
}

/** Section 6: the three public pages a visitor lands on, against a server with the demo data. */
async function measureLighthouse(base: string): Promise<LighthouseScores[] | string> {
  if (quick) return "Not run in the short run (`--quick`).";
  try {
    const scores: LighthouseScores[] = [];
    for (const [page, path] of [
      ["home", "/"],
      ["campaign page", "/pleegouder-worden"],
      ["application step 1", "/aanmelden/over-jou"],
    ]) {
      log(`lighthouse ${path}`);
      scores.push(await withRetries(3, () => lighthouse(base, page, path)));
    }
    return scores;
  } catch (error) {
    return `Failed: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** Section 5 on each engine, and (on PGlite) every page's weight, the need page's with its map too. */
async function benchMaps(postgres: string | undefined, weights: PageWeight[]): Promise<MapResults | string> {
  const loadAtStart = oneMinuteLoad();
  const options = mapSettings(quick);
  try {
    log("map: pglite");
    const runs = [await benchMap("pglite", "pglite", postgresUrl, port + 3, options, weights)];
    if (postgres) {
      log("map: postgres");
      runs.push(await benchMap("postgres", `postgres ${postgres}`, postgresUrl, port + 4, options));
    }
    return { runs, options, loadAtStart, loadAtEnd: oneMinuteLoad() };
  } catch (error) {
    return `Failed: ${error instanceof Error ? error.message : String(error)}`;
  }
}

log(`${quick ? "short run" : "full run"}${only ? `, only ${only}` : ""}`);
const postgres = await postgresVersion();
const machine = describeMachine(postgres ?? "not reachable");
log("astro build");
execFileSync("npx", ["astro", "build"], { stdio: "ignore" });

if (only === "map") {
  const weights: PageWeight[] = [];
  const map = await benchMaps(postgres, weights);
  const stamp =
    `Measured by \`npm run bench -- --only=map${quick ? " --quick" : ""}\` on ${machine.date}, apart from the rest of this ` +
    `report; the 1-minute load average was ${machine.loadAtStart.toFixed(2)} at the start and ${oneMinuteLoad().toFixed(2)} at the end.`;
  const sections = [{ heading: "## 5. Map", body: mapSection(map) }];
  if (weights.length > 0) sections.unshift({ heading: "## 3. Page weight", body: weightSection(weights) });
  await writeFile(reportPath, await withSections(reportPath, sections, stamp));
  log(`sections ${sections.map((section) => section.heading.slice(3)).join(", ")} written to ${reportPath}`);
  process.exit(0);
}

if (only === "lighthouse") {
  const database = await freshDatabase("pglite", postgresUrl);
  let scores: LighthouseScores[] | string;
  try {
    await prepare(database, async () => undefined);
    const server = await startServer(database, port);
    try {
      scores = await measureLighthouse(server.base);
    } finally {
      await server.stop();
    }
  } finally {
    await database.drop();
  }
  const body = [lighthouseIntro, lighthouseSection(scores), lighthouseNote({ lighthouse: scores })]
    .filter(Boolean)
    .join("\n\n");
  const stamp =
    `Measured by \`npm run bench -- --only=lighthouse\` on ${machine.date}, apart from the rest of this report; the ` +
    `1-minute load average was ${machine.loadAtStart.toFixed(2)} at the start and ${oneMinuteLoad().toFixed(2)} at the end.`;
  await writeFile(reportPath, await withSections(reportPath, [{ heading: "## 6. Lighthouse", body }], stamp));
  log(`section Lighthouse written to ${reportPath}`);
  process.exit(0);
}

if (only === "pages") {
  const engines: Pick<EngineResults, "engine" | "pages">[] = [];
  for (const [index, engine] of (postgres
    ? (["pglite", "postgres"] as const)
    : (["pglite"] as const)
  ).entries()) {
    log(`${engine}: pages`);
    const database = await freshDatabase(engine, postgresUrl);
    try {
      await prepare(database, async () => undefined);
      const server = await startServer(database, port + index);
      try {
        const label = engine === "postgres" ? `postgres ${postgres}` : engine;
        engines.push({ engine: label, pages: (await measurePages(server.base, pageRuns)).timings });
      } finally {
        await server.stop();
      }
    } finally {
      await database.drop();
    }
  }
  const body = [
    pagesIntro,
    pagesSection({ engines } as Pick<Results, "engines">),
    pagesNote({ engines } as Pick<Results, "engines">),
  ]
    .filter(Boolean)
    .join("\n\n");
  const stamp =
    `Measured by \`npm run bench -- --only=pages${quick ? " --quick" : ""}\` on ${machine.date}, apart from the rest of this ` +
    `report; the 1-minute load average was ${machine.loadAtStart.toFixed(2)} at the start and ${oneMinuteLoad().toFixed(2)} at the end.`;
  await writeFile(
    reportPath,
    await withSections(reportPath, [{ heading: "## 2. Pages: time to first byte", body }], stamp),
  );
  log(`section Pages written to ${reportPath}`);
  process.exit(0);
}

log("data path");
const dataPath = await benchDataPath("pglite", () => openPglite(), quick ? 30 : 100);
if (postgres) {
  const database = await freshDatabase("postgres", postgresUrl);
  try {
    dataPath.push(...(await benchDataPath(`postgres ${postgres}`, database.open, quick ? 30 : 100)));
  } finally {
    await database.drop();
  }
}

log("matching");
const matching: MatchingRun[] = [];
const matchingOptions = matchingSettings(quick);
for (const engine of postgres ? (["pglite", "postgres"] as const) : (["pglite"] as const)) {
  for (const households of matchingOptions.sizes) {
    log(`matching: ${engine}, ${households} households`);
    const database = await freshDatabase(engine, postgresUrl);
    try {
      const db = await database.open();
      try {
        const label = engine === "postgres" ? `postgres ${postgres}` : engine;
        matching.push(await benchMatching(label, db, households, matchingOptions));
      } finally {
        await db.close();
      }
    } finally {
      await database.drop();
    }
  }
}

const extras: { lighthouse?: LighthouseScores[] | string } = { lighthouse: "" };
const engines: EngineResults[] = [await benchEngine("pglite", port, extras)];
if (postgres) {
  try {
    engines.push(await benchEngine("postgres", port + 1, {}));
  } catch (error) {
    console.error("PostgreSQL run failed:", error);
  }
}

const weights: PageWeight[] = [];
const map = await benchMaps(postgres, weights);

log("cold start");
let cold: Results["coldStart"];
try {
  cold = await coldStart(port + 2);
} catch (error) {
  cold = `Failed: ${error instanceof Error ? error.message : String(error)}`;
}

machine.loadAtEnd = oneMinuteLoad();
const results: Results = {
  quick,
  machine,
  engines,
  weights,
  lighthouse: extras.lighthouse ?? "Not run.",
  coldStart: cold,
  dataPath,
  matching,
  map,
  notes: {},
};
results.notes = notesFor(results);
await writeFile(reportPath, await withHistory(renderReport(results), reportPath));
log(`written to ${reportPath}`);
