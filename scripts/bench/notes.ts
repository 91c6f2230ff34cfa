// What limits each figure and what would improve it, written from what the run measured.
import { stepNames } from "./intake";
import { type Results, targets } from "./report";
import { quantile } from "./stats";

function intakeNote(results: Results): string {
  const lines: string[] = [];
  for (const engine of results.engines) {
    const target = targets.stepPostsPerSecond[engine.engine];
    const missed = engine.intake.filter(({ run }) => {
      const worst = Math.max(...stepNames.map((step) => quantile(run.stepSamples[step], 0.99)));
      return run.stepPosts / run.seconds < target || worst >= targets.stepP99Ms;
    });
    if (missed.length === 0) continue;
    const busiest = engine.intake[engine.intake.length - 1].run;
    const cpuPerPost = (1000 * busiest.serverCpuSeconds) / busiest.stepPosts;
    lines.push(
      `* **${engine.engine}: target missed** at ${missed.map(({ run }) => run.concurrency).join(", ")} concurrent. ` +
        `The server process spends ${cpuPerPost.toFixed(0)} ms of CPU per step-post at ${busiest.concurrency} concurrent, so one ` +
        `process on one free core tops out near ${(1000 / cpuPerPost).toFixed(0)} step-posts/s` +
        (engine.engine === "pglite"
          ? "; on PGlite that CPU includes the database itself, which runs single-threaded (WASM) inside the Node process, so the second core cannot help."
          : "; the PostgreSQL backends' CPU comes on top, on the same two cores.") +
        ` During the run the simulated browsers used ${busiest.clientCpuSeconds.toFixed(1)} CPU s, and with other work the 1-minute load average was ` +
        `${results.machine.loadAtStart.toFixed(1)} at the start and ${results.machine.loadAtEnd?.toFixed(1) ?? "?"} at the end on ${results.machine.cores} cores, ` +
        "so the server got well under the two cores the target assumes.",
    );
  }
  if (lines.length === 0) return "";
  const ceilingRatios = results.engines.flatMap((engine) =>
    engine.intake
      .filter(({ ceiling }) => ceiling.writes > 0)
      .map(({ run, ceiling }) => ceiling.writes / ceiling.seconds / (run.stepPosts / run.seconds)),
  );
  const cores = results.machine.cores;
  lines.push(
    "* Each step-post is two requests (the POST and the page it redirects to, both rendered on the server) and, in the " +
      "PostgreSQL log of five applications, about 40 transactions per application (six per step-post): every request " +
      "opens a transaction that switches role and claims (`withUser`), and the session check, the memberships for the " +
      "header and the application are separate round trips. None of them is slow (about a millisecond or less each on " +
      "PostgreSQL); it is their number plus rendering, HTML and cookie work in one Node process.",
    `* The database is not the limit: the same writes straight into it run ${Math.min(...ceilingRatios).toFixed(0)}` +
      `–${Math.max(...ceilingRatios).toFixed(0)}× faster than the app's step-posts (the ceiling column). The targets ` +
      `(${targets.stepPostsPerSecond.postgres}/s on PostgreSQL with ${cores} cores) leave ` +
      `${((1000 * cores) / targets.stepPostsPerSecond.postgres).toFixed(0)} ms of CPU per step-post for server and ` +
      "database together, less than the server process alone uses now.",
    "* What would get closer: on PostgreSQL, one Node process per core behind the same database (the server keeps no " +
      "state of its own; PGlite cannot be shared between processes, so the embedded default stays one core); a machine " +
      "not shared with other builds; fewer round trips per request (the session check and the role switch folded into " +
      "the request's first statement); and measuring the step-posts from a second machine, so the simulated browsers " +
      "do not take CPU from the server.",
  );
  return lines.join("\n");
}

function eveningNote(results: Results): string {
  const lines = results.engines.map((engine) => {
    const evening = engine.evening;
    const exact =
      evening.stored.registered === evening.seats &&
      evening.stored.waiting === evening.people - evening.seats &&
      evening.errors.length === 0;
    return `* ${engine.engine}: ${exact ? "exactly" : "**not exactly**"} ${evening.stored.registered} registered and ${evening.stored.waiting} waiting of ${evening.people}, ${evening.errors.length} errors. All ${evening.people} requests arrive at once and the evening's row lock (\`app.register_for_evening\`) takes them one by one, so the last answer waits for all the others: p99 ${(evening.p99 / 1000).toFixed(1)} s is the queue, not one slow registration (${((evening.seconds * 1000) / evening.people).toFixed(0)} ms per registration on average).`;
  });
  return lines.join("\n");
}

export function pagesNote(results: Pick<Results, "engines">): string {
  const slow = results.engines.flatMap((engine) =>
    engine.pages
      .slice(1)
      .filter((page) => page.p50 > 10 * engine.pages[0].p50)
      .map((page) => `${page.path} (${engine.engine})`),
  );
  if (slow.length === 0) return "";
  return (
    `* ${[...new Set(slow)].join(", ")} take more than ten times the static file. These are the signed-in pages: each ` +
    "request checks the session (a row in `private.sessions`), reads the memberships for the header and then the " +
    "page's own data through RLS, each a round trip in the request's transaction. There is no target for these; " +
    "at p50 they stay far below what a person notices, and the p99 is the shared machine (the static file's p99 moves with it)."
  );
}

export function lighthouseNote(results: Pick<Results, "lighthouse">): string {
  if (typeof results.lighthouse === "string") return "";
  const low = results.lighthouse.flatMap((scores) =>
    (
      [
        ["performance", scores.performance],
        ["accessibility", scores.accessibility],
        ["best practices", scores.bestPractices],
        ["SEO", scores.seo],
      ] as const
    )
      .filter(([, score]) => score < targets.lighthouse)
      .map(([category, score]) => `${scores.path} ${category} ${score}`),
  );
  if (low.length === 0) return "";
  return (
    `* **Below ${targets.lighthouse}:** ${low.join(", ")}. The performance score is Lighthouse's simulated slow phone ` +
    "on this shared machine (its CPU benchmark counts the load from other work); SEO on a local address also loses " +
    "points for the canonical link, which points at the configured site address rather than 127.0.0.1."
  );
}

function coldStartNote(results: Results): string {
  if (typeof results.coldStart === "string") return "";
  return (
    "* Migrate + seed includes starting `tsx` and booting PGlite's WASM Postgres (about 5 s of it, see the data path), " +
    "then applying every migration to an empty database; a second start skips the migrations already applied. Server " +
    "start boots PGlite again in the server process, so an embedded database costs that boot twice; on PostgreSQL both " +
    "are a connection."
  );
}

export function notesFor(results: Results): Record<string, string> {
  return {
    intake: [intakeNote(results), eveningNote(results)].filter(Boolean).join("\n"),
    pages: pagesNote(results),
    lighthouse: lighthouseNote(results),
    coldStart: coldStartNote(results),
  };
}
