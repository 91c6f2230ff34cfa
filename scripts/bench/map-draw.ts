// The need page's map in Debian's Chromium, launched as the e2e tests launch it: from navigation
// until the markers and clusters are in the DOM, next to an empty Leaflet map from the same build.
import { readdir } from "node:fs/promises";
import { chromium, type Page } from "@playwright/test";
import config from "../../playwright.config";
import { quantile, type Timing, timing } from "./stats";

export interface DrawTimings {
  /** The need page, from navigation start, p50 ms: its HTML arrived, its load event, kaart.json asked and arrived. */
  html: number;
  load: number;
  dataStart: number;
  dataEnd: number;
  /** From navigation start until the first markers or clusters are in the DOM (all are added at once). */
  markers: Timing;
  /** Markers and clusters at the first view, p50. */
  shown: number;
  /** The limit: a page with the same stylesheets and the same Leaflet module, an empty map with its view set. */
  emptyMap: Timing;
  /** The first visit, with nothing cached yet: markers in the DOM. */
  firstVisit: number;
  /** Requests to anything but the server under test (there must be none: no tiles, nothing from the internet). */
  elsewhere: number;
}

interface BenchWindow {
  __mapBench?: { markersAt?: number; shown?: number; readyAt?: number };
}

/** Runs in every document before its own scripts: notes when the first markers or clusters appear. */
function watchMarkers() {
  const state: NonNullable<BenchWindow["__mapBench"]> = {};
  (window as BenchWindow).__mapBench = state;
  const drawn =
    ".candidate-map .map-marker.leaflet-marker-icon, .candidate-map .map-cluster.leaflet-marker-icon";
  new MutationObserver((_, observer) => {
    const shown = document.querySelectorAll(drawn).length;
    if (shown === 0) return;
    state.markersAt = performance.now();
    state.shown = shown;
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
}

async function drawNeedPage(page: Page, path: string) {
  await page.goto(path, { waitUntil: "commit" });
  await page.waitForFunction(() => (window as BenchWindow).__mapBench?.markersAt !== undefined, undefined, {
    timeout: 60_000,
  });
  await page.waitForLoadState("load");
  return page.evaluate(() => {
    const navigation = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
    const data = performance
      .getEntriesByType("resource")
      .find((entry) => entry.name.includes("/kaart.json")) as PerformanceResourceTiming | undefined;
    const state = (window as BenchWindow).__mapBench ?? {};
    return {
      html: navigation.responseEnd,
      load: navigation.loadEventStart,
      dataStart: data?.startTime ?? -1,
      dataEnd: data?.responseEnd ?? -1,
      markers: state.markersAt ?? -1,
      shown: state.shown ?? 0,
    };
  });
}

async function emptyMapPage(page: Page): Promise<string> {
  const leaflet = (await readdir("dist/client/_astro")).find((name) =>
    /^leaflet-with-clusters\..+\.js$/.test(name),
  );
  if (!leaflet) throw new Error("no leaflet-with-clusters chunk in dist/client/_astro");
  const stylesheets = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((link) => link.href),
  );
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Lege kaart</title>
${stylesheets.map((href) => `<link rel="stylesheet" href="${href}">`).join("\n")}</head>
<body><main><section class="candidate-map"><section id="kaart" class="candidate-map__canvas candidate-map__canvas--plain"></section></section></main>
<script type="module">
const { default: L } = await import("/_astro/${leaflet}");
L.map(document.getElementById("kaart"), { zoomControl: false, attributionControl: false, minZoom: 6, maxZoom: 18 })
  .setView([52.2, 5.3], 7);
window.__mapBench.readyAt = performance.now();
</script></body></html>`;
}

async function drawEmptyMap(page: Page, path: string): Promise<number> {
  await page.goto(path, { waitUntil: "commit" });
  await page.waitForFunction(() => (window as BenchWindow).__mapBench?.readyAt !== undefined);
  return page.evaluate(() => (window as BenchWindow).__mapBench?.readyAt ?? -1);
}

/**
 * `runs` need pages (cycling through `needPaths`, each with candidates) alternating with the empty
 * map, in one browser whose cache is warm after the first visit; `cookie` signs it in.
 */
export async function measureDraws(
  base: string,
  cookie: string,
  needPaths: readonly string[],
  runs: number,
): Promise<DrawTimings> {
  if (needPaths.length === 0) throw new Error("no need with candidates to draw");
  const launch = config.use?.launchOptions ?? {};
  const browser = await chromium.launch({
    ...launch,
    // Only the server under test resolves: no tile, font or anything else can come from the internet.
    args: [...(launch.args ?? []), "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"],
  });
  try {
    const context = await browser.newContext({ baseURL: base, viewport: { width: 1280, height: 900 } });
    await context.addCookies(
      cookie
        .split(/;\s*/)
        .filter(Boolean)
        .map((pair) => {
          const at = pair.indexOf("=");
          return { name: pair.slice(0, at), value: pair.slice(at + 1), url: base };
        }),
    );
    await context.addInitScript(watchMarkers);
    let elsewhere = 0;
    context.on("request", (request) => {
      const url = new URL(request.url());
      if (/^(https?|wss?):$/.test(url.protocol) && url.origin !== base) elsewhere++;
    });
    const page = await context.newPage();
    const first = await drawNeedPage(page, needPaths[0]);
    const emptyPath = "/__bench/lege-kaart";
    const emptyHtml = await emptyMapPage(page);
    await page.route(emptyPath, (route) =>
      route.fulfill({ contentType: "text/html; charset=utf-8", body: emptyHtml }),
    );
    await drawEmptyMap(page, emptyPath); // warm-up
    const draws: Awaited<ReturnType<typeof drawNeedPage>>[] = [];
    const empty: number[] = [];
    for (let run = 0; run < runs; run++) {
      draws.push(await drawNeedPage(page, needPaths[(run + 1) % needPaths.length]));
      empty.push(await drawEmptyMap(page, emptyPath));
    }
    const p50 = (pick: (draw: (typeof draws)[number]) => number) => quantile(draws.map(pick), 0.5);
    return {
      html: p50((draw) => draw.html),
      load: p50((draw) => draw.load),
      dataStart: p50((draw) => draw.dataStart),
      dataEnd: p50((draw) => draw.dataEnd),
      markers: timing(draws.map((draw) => draw.markers)),
      shown: p50((draw) => draw.shown),
      emptyMap: timing(empty),
      firstVisit: first.markers,
      elsewhere,
    };
  } finally {
    await browser.close();
  }
}
