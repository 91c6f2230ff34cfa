// Section 5: the need page's map at 10k households, on the built server: the size of the capacity
// layer (kaart.json) and its server time over many needs, and in Chromium the time until the markers
// and clusters are drawn, next to an empty Leaflet map.
import { gzipSync } from "node:zlib";
import type { CandidateMap, MapCandidate } from "../../src/domain/placement/candidate-map";
import type { Database } from "../../src/server/sql/engine";
import { withService } from "../../src/server/sql/with-user";
import { Browser } from "./browser";
import { nextVisitorAddress } from "./intake";
import { type DrawTimings, measureDraws } from "./map-draw";
import { createMatchingRegion } from "./matching-data";
import { requestSamples, signedInPages, signIn, staticAsset } from "./pages";
import { type Engine, freshDatabase, prepare, startServer } from "./server";
import { quantile, type Timing, timing } from "./stats";
import { measureWeights, type PageWeight, pageWeight } from "./weight";

export interface MapRun {
  engine: string;
  households: number;
  /** Needs whose layer was fetched (located ones, and a few without a located school or parents). */
  needs: number;
  candidates: { mean: number; max: number; needsWithNone: number; bytesEach: number };
  /** kaart.json as served, and the limit: the same candidates with only the fields the map reads. */
  bytes: { raw: Sizes; gzip: Sizes; minimalRaw: Sizes; minimalGzip: Sizes };
  server: Timing;
  staticFile: Timing;
  draw: DrawTimings | string;
}

export interface Sizes {
  p50: number;
  max: number;
}

export interface MapOptions {
  households: number;
  needs: number;
  unlocated: number;
  requests: number;
  draws: number;
}

export const mapSettings = (quick: boolean): MapOptions =>
  quick
    ? { households: 10_000, needs: 12, unlocated: 2, requests: 60, draws: 8 }
    : { households: 10_000, needs: 30, unlocated: 3, requests: 200, draws: 20 };

const placementWorker = "plaatser@openhuis.test";

/** What draw-candidate-map.ts reads of a candidate (its marker, and the text a screen reader hears). */
const drawnFields = [
  "householdId",
  "label",
  "kind",
  "placesFree",
  "municipality",
  "lat",
  "lng",
  "distanceKm",
  "stale",
] as const satisfies readonly (keyof MapCandidate)[];

function minimal(layer: CandidateMap): string {
  return JSON.stringify({
    need: layer.need,
    radiusKm: layer.radiusKm,
    candidates: layer.candidates.map((candidate) =>
      Object.fromEntries(drawnFields.map((field) => [field, candidate[field]])),
    ),
  });
}

const needPath = (need: string) => `/plaatsing/vragen/${need}`;
const layerPath = (need: string) => `${needPath(need)}/kaart.json`;
const gzipped = (text: string) => gzipSync(text, { level: 9 }).length;
const sizes = (values: number[]): Sizes => ({ p50: quantile(values, 0.5), max: Math.max(...values) });
/** The synthetic region of the matching benchmark, with the demo placement worker working in it too. */
async function fillRegion(db: Database, options: MapOptions) {
  const region = await createMatchingRegion(db, options.households, options.needs, options.unlocated);
  await withService(db, (tx) =>
    tx.query(
      `insert into public.memberships (user_id, organisation_id, role)
       select u.id, o.id, 'placement_worker' from auth.users u, public.organisations o
       where u.email = $1 and o.slug = 'bank-1'`,
      [placementWorker],
    ),
  );
  return [...region.locatedNeeds, ...region.unlocatedNeeds];
}

interface Layers {
  candidates: MapRun["candidates"];
  bytes: MapRun["bytes"];
  /** The need pages whose map has candidates to draw. */
  drawn: string[];
}

/** Each need's layer once: its size as served and with only the fields drawn, and its candidates. */
async function measureLayers(worker: Browser, needs: string[]): Promise<Layers> {
  const raw: number[] = [];
  const gzip: number[] = [];
  const minimalRaw: number[] = [];
  const minimalGzip: number[] = [];
  const counts: number[] = [];
  let candidateBytes = 0;
  const drawn: string[] = [];
  for (const need of needs) {
    const text = (await worker.get(layerPath(need))).body;
    const layer = JSON.parse(text) as CandidateMap;
    raw.push(Buffer.byteLength(text));
    gzip.push(gzipped(text));
    minimalRaw.push(Buffer.byteLength(minimal(layer)));
    minimalGzip.push(gzipped(minimal(layer)));
    counts.push(layer.candidates.length);
    candidateBytes += Buffer.byteLength(JSON.stringify(layer.candidates));
    if (layer.candidates.length > 0) drawn.push(needPath(need));
  }
  const total = counts.reduce((sum, count) => sum + count, 0);
  return {
    candidates: {
      mean: total / counts.length,
      max: Math.max(...counts),
      needsWithNone: counts.filter((count) => count === 0).length,
      bytesEach: candidateBytes / Math.max(1, total),
    },
    bytes: {
      raw: sizes(raw),
      gzip: sizes(gzip),
      minimalRaw: sizes(minimalRaw),
      minimalGzip: sizes(minimalGzip),
    },
    drawn,
  };
}

/** Every page's weight, and the need page's with its map island. */
async function measureAllWeights(base: string, worker: Browser, mapPage: string | undefined) {
  const signedIn = (await signedInPages(base)).map(([page, path, , browser]): [string, string, Browser] => [
    page,
    path,
    browser,
  ]);
  const weights = await measureWeights(new Browser(base, nextVisitorAddress()), signedIn);
  if (mapPage) {
    const html = (await worker.get(mapPage)).body;
    weights.push(await pageWeight("placement need, with its map", needPath("<id>"), "signed in", html));
  }
  return weights;
}

async function timedRequests(worker: Browser | undefined, base: string, paths: string[], runs: number) {
  await requestSamples(worker, base, paths, 5, true); // warm-up
  return timing(await requestSamples(worker, base, paths, runs, true));
}

/**
 * One engine: a fresh database with the demo data and the synthetic region, the built server on
 * `port`, and (with `weights`) every page's weight, the need page's with its map too, measured on it.
 */
export async function benchMap(
  engine: Engine,
  label: string,
  postgresUrl: string,
  port: number,
  options: MapOptions,
  weights?: PageWeight[],
): Promise<MapRun> {
  const database = await freshDatabase(engine, postgresUrl);
  try {
    const needs = await prepare(database, (db) => fillRegion(db, options));
    const server = await startServer(database, port);
    try {
      const worker = await signIn(server.base, placementWorker);
      const layers = await measureLayers(worker, needs);
      if (weights) weights.push(...(await measureAllWeights(server.base, worker, layers.drawn[0])));
      const layerTime = await timedRequests(worker, server.base, needs.map(layerPath), options.requests);
      const staticFile = await timedRequests(undefined, server.base, [await staticAsset()], options.requests);
      let draw: DrawTimings | string;
      try {
        const cookie = worker.requestHeaders().cookie ?? "";
        draw = await measureDraws(server.base, cookie, layers.drawn, options.draws);
      } catch (error) {
        draw = `Failed: ${error instanceof Error ? error.message : String(error)}`;
      }
      return {
        engine: label,
        households: options.households,
        needs: needs.length,
        candidates: layers.candidates,
        bytes: layers.bytes,
        server: layerTime,
        staticFile,
        draw,
      };
    } finally {
      await server.stop();
    }
  } finally {
    await database.drop();
  }
}
