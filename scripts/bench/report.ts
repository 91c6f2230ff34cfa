// docs/benchmarks.md: every figure next to its limit and the ratio, and earlier runs kept below.
import { readFile } from "node:fs/promises";
import type { ColdStart } from "./cold-start";
import type { DataPathRow } from "./data-path";
import type { EveningRun } from "./evening";
import { type CeilingRun, type IntakeRun, stepNames } from "./intake";
import type { LighthouseScores } from "./lighthouse";
import type { Machine } from "./machine";
import { type MapResults, mapSection } from "./map-report";
import { type MatchingRun, matchingSettings } from "./matching";
import { matchingSection } from "./matching-report";
import type { PageTiming } from "./pages";
import { mark, ms, quantile, ratio } from "./stats";
import type { PageWeight } from "./weight";
import { weightSection } from "./weight-report";

export interface EngineResults {
  engine: string;
  intake: { run: IntakeRun; stored: number; ceiling: CeilingRun }[];
  evening: EveningRun & { stored: { registered: number; waiting: number; placesTaken: number } };
  pages: PageTiming[];
}

export interface Results {
  quick: boolean;
  machine: Machine;
  engines: EngineResults[];
  weights: PageWeight[];
  lighthouse: LighthouseScores[] | string;
  coldStart: ColdStart | string;
  dataPath: DataPathRow[];
  matching: MatchingRun[] | string;
  map: MapResults | string;
  /** Hand-written notes per section, from what the figures show. */
  notes: Record<string, string>;
}

export const targets = {
  stepPostsPerSecond: { pglite: 200, postgres: 400 } as Record<string, number>,
  stepP99Ms: 250,
  lighthouse: 95,
};

function intakeSection(engine: EngineResults): string {
  const target = targets.stepPostsPerSecond[engine.engine] ?? Number.NaN;
  const lines = [
    `### ${engine.engine}`,
    "",
    "| concurrent applicants | applications | completed | stored | errors | step-posts/s | ceiling: same writes straight into the database /s | ratio to ceiling | target step-posts/s | worst step p99 ms (target < 250) | server CPU ms per step-post | CPU s used: server / simulated browsers / wall |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
  ];
  for (const { run, stored, ceiling } of engine.intake) {
    const perSecond = run.stepPosts / run.seconds;
    const ceilingPerSecond = ceiling.writes / ceiling.seconds;
    const worst = Math.max(...stepNames.map((step) => quantile(run.stepSamples[step], 0.99)));
    lines.push(
      `| ${run.concurrency} | ${run.applications} | ${run.completed} | ${stored}${stored === run.completed ? "" : " **(differs)**"} | ${run.errors.length} | ${perSecond.toFixed(0)} | ${ceilingPerSecond.toFixed(0)} | ${ratio(perSecond, ceilingPerSecond)} | ${target} (${mark(perSecond >= target)}) | ${ms(worst)} (${mark(worst < targets.stepP99Ms)}) | ${ms((1000 * run.serverCpuSeconds) / run.stepPosts)} | ${run.serverCpuSeconds.toFixed(1)} / ${run.clientCpuSeconds.toFixed(1)} / ${run.seconds.toFixed(1)} |`,
    );
  }
  const errors = engine.intake.flatMap(({ run }) => run.errors);
  if (errors.length > 0) lines.push("", `Errors: ${[...new Set(errors)].slice(0, 5).join("; ")}`);
  lines.push(
    "",
    `Per step, the POST until the page it leads to has arrived, p50 / p99 ms:`,
    "",
    `| step | ${engine.intake.map(({ run }) => `${run.concurrency} concurrent`).join(" | ")} |`,
    `| --- | ${engine.intake.map(() => "---").join(" | ")} |`,
  );
  for (const step of stepNames) {
    lines.push(
      `| ${step} | ${engine.intake.map(({ run }) => `${ms(quantile(run.stepSamples[step], 0.5))} / ${ms(quantile(run.stepSamples[step], 0.99))}`).join(" | ")} |`,
    );
  }
  const evening = engine.evening;
  const nothingLost =
    evening.stored.registered + evening.stored.waiting === evening.people &&
    evening.answeredRegistered + evening.answeredWaiting === evening.people;
  lines.push(
    "",
    `An evening filling up: ${evening.people} registrations posted at once for ${evening.seats} seats.`,
    "",
    "| answered registered | answered waiting list | stored registered | stored waiting | places taken | errors | nothing lost | seconds | p50 ms | p99 ms |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    `| ${evening.answeredRegistered} | ${evening.answeredWaiting} | ${evening.stored.registered} | ${evening.stored.waiting} | ${evening.stored.placesTaken} | ${evening.errors.length} | ${mark(nothingLost && evening.stored.registered === evening.seats)} | ${evening.seconds.toFixed(1)} | ${ms(evening.p50)} | ${ms(evening.p99)} |`,
  );
  return lines.join("\n");
}

export const pagesIntro = `Sequential requests after five warm-up requests, demo data loaded; the applicant, recruiter and placement
worker are signed in through the mailed code. The limit is a static file served by the same server.`;

/** Section 2's table; a `--only=pages` run renders it from its engines alone. */
export function pagesSection(results: Pick<Results, "engines">): string {
  const lines = [
    "| page | path | as | engine | runs | p50 ms | p99 ms | static file p50 / p99 ms (the limit) | ratio p50 |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
  ];
  for (const engine of results.engines) {
    const limit = engine.pages[0];
    for (const page of engine.pages.slice(1)) {
      lines.push(
        `| ${page.page} | \`${page.path}\` | ${page.who} | ${engine.engine} | ${page.runs} | ${ms(page.p50)} | ${ms(page.p99)} | ${ms(limit.p50)} / ${ms(limit.p99)} | ${ratio(page.p50, limit.p50)} |`,
      );
    }
  }
  return lines.join("\n");
}

export const lighthouseIntro = `Lighthouse (npm, pinned in package.json) with Debian's Chromium, its default mobile settings (simulated slow
4G and a 4× slower CPU), against the built server on the embedded database. Target: every score ≥ 95.`;

/** Section 6's table; a `--only=lighthouse` run renders it alone. */
export function lighthouseSection(scores: LighthouseScores[] | string): string {
  if (typeof scores === "string") return scores;
  const cell = (score: number) => (score >= targets.lighthouse ? `${score}` : `**${score}**`);
  return [
    "| page | path | performance | accessibility | best practices | SEO |",
    "| --- | --- | --- | --- | --- | --- |",
    ...scores.map(
      (score) =>
        `| ${score.page} | \`${score.path}\` | ${cell(score.performance)} | ${cell(score.accessibility)} | ${cell(score.bestPractices)} | ${cell(score.seo)} |`,
    ),
  ].join("\n");
}

function coldStartSection(start: ColdStart | string): string {
  if (typeof start === "string") return start;
  return [
    "| astro build s | migrate + seed s | server start until the first 200 s | total s |",
    "| --- | --- | --- | --- |",
    `| ${start.buildSeconds.toFixed(1)} | ${start.prepareSeconds.toFixed(1)} | ${start.serverSeconds.toFixed(1)} | ${start.totalSeconds.toFixed(1)} |`,
  ].join("\n");
}

function dataPathSection(rows: DataPathRow[]): string {
  return [
    "| what | engine | runs | p50 ms | p95 ms |",
    "| --- | --- | --- | --- | --- |",
    ...rows.map((row) => `| ${row.what} | ${row.engine} | ${row.runs} | ${ms(row.p50)} | ${ms(row.p95)} |`),
  ].join("\n");
}

const note = (results: Results, key: string) =>
  results.notes[key] ? `\n\n${results.notes[key].trim()}` : "";

export function renderReport(results: Results): string {
  const { machine } = results;
  return `# Benchmarks

Measured by \`npm run bench${results.quick ? " -- --quick" : ""}\` (scripts/bench.ts and scripts/bench/) on ${machine.date}${results.quick ? ", the short run" : ""}.

| machine | |
| --- | --- |
| cores | ${machine.cores} (${machine.cpuModel}) |
| memory | ${machine.memoryGb.toFixed(1)} GB |
| Node | ${machine.node} |
| PGlite | ${machine.pglite} |
| PostgreSQL server | ${machine.postgres} |
| 1-minute load average | ${machine.loadAtStart.toFixed(2)} at the start, ${machine.loadAtEnd?.toFixed(2) ?? "–"} at the end |

Other work runs on this machine at the same time (other builds and test runs share the ${machine.cores} cores), so
every figure here is a lower bound for a machine of this size to itself; the load averages above say how busy it was.
The benchmark's own client (simulated browsers, Lighthouse) runs on the same cores as the server.

## 1. Intake under load

Complete applications through the built server (\`node src/server/http/serve.ts\` after \`astro build\`, a fresh
database, demo data), each posted as a browser posts the forms without JavaScript: its own cookies, the Origin
header, its own network address (X-Forwarded-For with TRUST_PROXY), redirects followed. One application is
seven step-posts: step 1, the emailed sign-in code (read from the developer outbox, not timed), steps 2 to 6.
The ceiling writes the same application rows straight into the same database, as the table owner, in the
same number of transactions (an insert and six updates) at the same concurrency: no HTTP, sessions, RLS or mail.

${results.engines.map(intakeSection).join("\n\n")}${note(results, "intake")}

## 2. Pages: time to first byte

${pagesIntro}

${pagesSection(results)}${note(results, "pages")}

## 3. Page weight

${weightSection(results.weights)}

## 4. Matching

Top 20 candidates through the server's own path (\`findCandidates\`: \`app.match_placement_need\` as a placement
worker, JWT claims set as \`withUser\` sets them, and the filter counts when nothing fits), cycling through many
different needs (ages 0–17, every care form, siblings, exclusions, expertise, languages, a school and/or parents
anywhere in the country, 5–50 km). A fresh database per size: one region, twelve organisations, synthetic
households spread over the Netherlands by province population around the gazetteer's postcode-4 centroids,
inserted with one \`generate_series\` statement and analysed. The limit is the bare index probe: the 20 households
nearest the need's school or parents (\`order by earth_point <-> earth_point limit 20\`, KNN on the cube GiST
index), in the same kind of transaction as the same user, without filters or scoring. "Without the index" is the
same calls after dropping both location indexes (\`households_location_idx\` and the partial \`households_open_location_idx\`) in that database (at most ${matchingSettings(results.quick).maxSeconds} s per series, at least 5 runs).

${matchingSection(results.matching)}

## 5. Map

${mapSection(results.map)}

## 6. Lighthouse

${lighthouseIntro}

${lighthouseSection(results.lighthouse)}${note(results, "lighthouse")}

## 7. Cold start

\`npm start\` in a fresh clone (the installed packages linked in, not installed again) on a new embedded
database, until the home page answers 200.

${coldStartSection(results.coldStart)}${note(results, "coldStart")}

## Data path

One process, no concurrency, no HTTP.

${dataPathSection(results.dataPath)}${note(results, "dataPath")}
`;
}

/** The previous report's figures move to the history section, newest first. */
export async function withHistory(report: string, path: string): Promise<string> {
  let previous = "";
  try {
    previous = await readFile(path, "utf8");
  } catch {
    return report;
  }
  const [current, history = ""] = previous.split(/^## History\s*$/m);
  const date = /on (\d{4}-\d{2}-\d{2}(?:T[\d:]+Z)?)/.exec(current)?.[1] ?? "an earlier run";
  const body = current
    .replace(/^# Benchmarks\s*/m, "")
    .replace(/^(#{2,3}) /gm, (_, hashes: string) => `${hashes}## `);
  return `${report}\n## History\n\nEarlier runs, newest first, as they were written.\n\n### Run of ${date}\n\n${body.trim()}\n${history.replace(/^\s*Earlier runs, newest first, as they were written\.\s*/, "\n")}`;
}
