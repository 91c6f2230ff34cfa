// Section 5 of docs/benchmarks.md: the need page's map, its layer and its drawing next to their limits.
import type { MapOptions, MapRun } from "./map";
import type { DrawTimings } from "./map-draw";
import { kb, mark, ms, ratio } from "./stats";

export interface MapResults {
  runs: MapRun[];
  options: MapOptions;
  loadAtStart: number;
  loadAtEnd: number;
}

export const mapTargets = { layerKb: 300, drawMs: 500 };

const layerOk = (run: MapRun) => run.bytes.raw.max / 1024 <= mapTargets.layerKb;
const drawOk = (draw: DrawTimings) => draw.markers.p50 < mapTargets.drawMs;

function layerTable(runs: MapRun[]): string {
  return [
    "| engine | households | needs | candidates per layer mean / max (needs with none) | kaart.json p50 / max KB | gzip p50 / max KB | limit: only the fields the map reads, max KB / gzip | ratio max | target ≤ 300 KB | server p50 / p95 ms (runs) | static file p50 / p95 ms (the limit) | ratio p50 |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ...runs.map(
      (run) =>
        `| ${run.engine} | ${run.households.toLocaleString("en")} | ${run.needs} | ${run.candidates.mean.toFixed(1)} / ${run.candidates.max} (${run.candidates.needsWithNone}) | ${kb(run.bytes.raw.p50)} / ${kb(run.bytes.raw.max)} | ${kb(run.bytes.gzip.p50)} / ${kb(run.bytes.gzip.max)} | ${kb(run.bytes.minimalRaw.max)} / ${kb(run.bytes.minimalGzip.max)} | ${ratio(run.bytes.raw.max, run.bytes.minimalRaw.max)} | ${mark(layerOk(run))} | ${ms(run.server.p50)} / ${ms(run.server.p95)} (${run.server.runs}) | ${ms(run.staticFile.p50)} / ${ms(run.staticFile.p95)} | ${ratio(run.server.p50, run.staticFile.p50)} |`,
    ),
  ].join("\n");
}

function drawTable(runs: MapRun[]): string {
  const lines = [
    "| engine | runs | HTML arrived p50 ms | load event p50 ms | kaart.json asked / arrived p50 ms | markers in the DOM p50 / p95 ms | limit: empty Leaflet map ready p50 / p95 ms | ratio p50 | target < 500 ms | first visit, nothing cached, ms | markers + clusters at the first view | requests elsewhere |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
  ];
  for (const run of runs) {
    const draw = run.draw;
    if (typeof draw === "string") {
      lines.push(`| ${run.engine} | ${draw.replaceAll("|", "/").replaceAll("\n", " ")} |||||||||||`);
      continue;
    }
    lines.push(
      `| ${run.engine} | ${draw.markers.runs} | ${ms(draw.html)} | ${ms(draw.load)} | ${ms(draw.dataStart)} / ${ms(draw.dataEnd)} | ${ms(draw.markers.p50)} / ${ms(draw.markers.p95)} | ${ms(draw.emptyMap.p50)} / ${ms(draw.emptyMap.p95)} | ${ratio(draw.markers.p50, draw.emptyMap.p50)} | ${mark(drawOk(draw))} | ${ms(draw.firstVisit)} | ${draw.shown} | ${draw.elsewhere} |`,
    );
  }
  return lines.join("\n");
}

function layerNote(runs: MapRun[]): string[] {
  const largest = Math.max(...runs.map((run) => run.bytes.raw.max));
  const perCandidate = Math.max(...runs.map((run) => run.candidates.bytesEach));
  const households = runs[0].households;
  const lines = [
    `* The layer holds the need's shown candidates only (the list's own, at most ${Math.max(...runs.map((run) => run.candidates.max))}, after the page's filters), not the region's ${households.toLocaleString("en")} households, so it does not grow with the register: at most ${kb(largest)} KB. ` +
      `At about ${perCandidate.toFixed(0)} bytes per candidate, a layer of every household would be near ${((perCandidate * households) / 1024 / 1024).toFixed(1)} MB raw: drawing the whole region would need a much terser format (arrays, no labels) or server-side clusters.` +
      ` The limit drops \`careForms\` and \`score\`, which the map does not read; the list next to it shows them.`,
  ];
  lines.push(
    "* Its server time is the need page's own search again: the session check, the need and its point, then " +
      "`findShownCandidates` (the top 100 ranked through `app.match_placement_need`, filtered to the shown ones), " +
      "each a round trip in its own transaction; matching's cost per need at this size is section 4's 10k row.",
  );
  if (runs.some((run) => !layerOk(run)))
    lines.push(
      `* **Layer over ${mapTargets.layerKb} KB** on ${runs
        .filter((run) => !layerOk(run))
        .map((run) => run.engine)
        .join(", ")}.`,
    );
  return lines;
}

function drawLine(engine: string, draw: DrawTimings): string {
  const verdict = drawOk(draw) ? `${engine}: within target` : `**${engine}: target missed**`;
  const p95 =
    draw.markers.p95 >= mapTargets.drawMs
      ? ` The p95 (${ms(draw.markers.p95)} ms) is over ${mapTargets.drawMs} ms; the empty map's p95 is ${ms(draw.emptyMap.p95)} ms.`
      : "";
  return (
    `* ${verdict}, p50 ${ms(draw.markers.p50)} ms, ${ms(draw.markers.p50 - draw.emptyMap.p50)} ms more than the empty map. ` +
    `Along the way (p50): the HTML has arrived at ${ms(draw.html)} ms, the load event at ${ms(draw.load)} ms, ` +
    `kaart.json is asked at ${ms(draw.dataStart)} ms (${ms(draw.dataStart - draw.load)} ms after load: the idle callback of ` +
    `\`client:idle\`, the island's and React's modules, hydration and the effect) and has arrived at ${ms(draw.dataEnd)} ms, ` +
    `the markers ${ms(draw.markers.p50 - draw.dataEnd)} ms later (the Leaflet module, fetched alongside, and the drawing).${p95}`
  );
}

function drawNotes(map: MapResults): string[] {
  const drawn = map.runs.flatMap((run) =>
    typeof run.draw === "string" ? [] : [[run.engine, run.draw] as const],
  );
  const lines = drawn.map(([engine, draw]) => drawLine(engine, draw));
  if (drawn.some(([, draw]) => !drawOk(draw))) {
    const limit = Math.min(...drawn.map(([, draw]) => draw.emptyMap.p50));
    lines.push(
      "* What limits it is the chain, each step waiting for the one before: the page is rendered (with the search), " +
        "then the browser waits for an idle moment, loads the island, hydrates it, and only then asks for the layer, " +
        "which runs the search a second time. What would fix it: the layer written into the page itself (a JSON script " +
        "element the island reads: no second search and no round trip), `client:load` so hydration does not wait for " +
        "idle time, and a modulepreload of the Leaflet chunk so it arrives with the page. " +
        `The machine weighs in as well: even the empty map needs ${ms(limit)} ms here, against a target of ${mapTargets.drawMs} ms (the load average is below).`,
    );
  }
  return lines;
}

export function mapSection(map: MapResults | string): string {
  if (typeof map === "string") return map;
  const { runs, options } = map;
  const notes = [
    ...layerNote(runs),
    ...drawNotes(map),
    `* The 1-minute load average was ${map.loadAtStart.toFixed(2)} when the map's measurements began and ${map.loadAtEnd.toFixed(2)} when they ended, on the same shared cores as the browser.`,
  ];
  return `The need page \`/plaatsing/vragen/<id>\` on the built server (MAP_TILE_URL=none: a plain background, no tiles), a fresh
database per engine with the demo data and the matching benchmark's synthetic region of ${options.households.toLocaleString("en")} households
(twelve organisations, spread over the Netherlands), ${options.needs} needs with a located school or parents and ${options.unlocated} without; the demo
placement worker works in the region's first organisation and is signed in through the mailed code. The layer is
each need's \`kaart.json\` as served: the server does not compress it (gzip level 9 is what a compressing proxy would
send). The limit for its size is the same candidates with only the fields the map reads; its time is from the request
until the whole body has arrived, sequential, cycling through the needs, next to a static file from the same server.

${layerTable(runs)}

Drawing: Debian's Chromium (\`/usr/bin/chromium\`, headless, the e2e tests' flags; only 127.0.0.1 resolves, so nothing
comes from the internet), signed in, a 1280×900 window, one browser: the first visit with nothing cached, then
${options.draws} visits cycling through the need pages with candidates, each followed by the limit: a page with the need page's stylesheets that
imports the same Leaflet module and sets an empty map's view (served by Playwright itself). Times are from the start
of the navigation until the first markers or clusters are in the DOM (Leaflet adds them all in one go).

${drawTable(runs)}

${notes.join("\n")}`;
}
