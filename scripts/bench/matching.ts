// Matching at scale: top-20 candidates for many needs through the real server path (findCandidates,
// as a placement worker), next to its limit (the bare nearest-20 index probe), then the same with the
// spatial index dropped. One fresh database per size.
import { findCandidates } from "../../src/server/placement/find-candidates";
import type { Database } from "../../src/server/sql/engine";
import { withUser } from "../../src/server/sql/with-user";
import { createMatchingRegion, type MatchingRegion } from "./matching-data";
import { type Timing, timed, timing } from "./stats";

export interface MatchingRun {
  engine: string;
  households: number;
  needs: number;
  fillSeconds: number;
  /** findCandidates for located needs (top 20), with the spatial index. */
  candidates: Timing;
  /** Mean candidates returned, and how many needs had none (the filter counts then run too). */
  meanCandidates: number;
  needsWithoutCandidates: number;
  /** The limit: the 20 households nearest the need's anchor, straight off the index, no scoring. */
  probe: Timing;
  /** Needs without a located school or parents: the whole region is scored. */
  wholeRegion: Timing;
  /** app.placement_need_filter_counts alone (what "nothing fits" costs on top). */
  filterCounts: Timing;
  /** The same located needs after dropping both location indexes (all households, and the open ones). */
  withoutIndex: Timing;
  plan: { withIndex: string; withoutIndex: string; probe: string; usesIndex: boolean };
}

const candidatesShown = 20;

async function sample(
  needs: readonly string[],
  runs: number,
  maxSeconds: number,
  work: (need: string) => Promise<unknown>,
): Promise<Timing> {
  const samples: number[] = [];
  const until = Date.now() + maxSeconds * 1000;
  for (let run = 0; run < runs && (run < 5 || Date.now() < until); run++) {
    samples.push((await timed(() => work(needs[run % needs.length]))).ms);
  }
  return timing(samples);
}

async function anchorOf(db: Database, need: string) {
  const [row] = await db.query<{ lat: number; lng: number; metres: number; region_id: string }>(
    `select coalesce(school_lat, parents_lat) as lat, coalesce(school_lng, parents_lng) as lng,
            max_distance_km * 1000.0 as metres, region_id
     from public.placement_needs where id = $1`,
    [need],
  );
  return row;
}

const nearestQuery = `select h.id from public.households h
  order by private.earth_point(h.approx_lat, h.approx_lng) operator(extensions.<->) private.earth_point($1, $2)
  limit ${candidatesShown}`;

/**
 * The scan in private.placement_candidates (the need's region and box; the hard filters and distances
 * are expressions on its rows), explained as the table owner: EXPLAIN does not show a function's plans.
 */
async function explainCandidates(db: Database, need: string): Promise<string> {
  const anchor = await anchorOf(db, need);
  const rows = await db.query<{ "QUERY PLAN": string }>(
    `explain (analyze, costs off, timing off, summary off)
     select h.id from public.households h
     where h.region_id = $1
       and private.earth_box_around($2, $3, $4) operator(extensions.@>) private.earth_point(h.approx_lat, h.approx_lng)
       and h.status = 'active' and h.places_free >= 1`,
    [anchor.region_id, anchor.lat, anchor.lng, anchor.metres],
  );
  return rows.map((row) => row["QUERY PLAN"]).join("\n");
}

async function explainProbe(db: Database, need: string): Promise<string> {
  const anchor = await anchorOf(db, need);
  const rows = await db.query<{ "QUERY PLAN": string }>(
    `explain (analyze, costs off, timing off, summary off) ${nearestQuery}`,
    [anchor.lat, anchor.lng],
  );
  return rows.map((row) => row["QUERY PLAN"]).join("\n");
}

export interface MatchingOptions {
  sizes: number[];
  needs: number;
  runs: number;
  /** Upper bound per measured series, so the largest sizes finish (at least 5 runs each). */
  maxSeconds: number;
}

/** The short run stops at 10k households, which the target does not cover. */
export const matchingSettings = (quick: boolean): MatchingOptions =>
  quick
    ? { sizes: [1_000, 10_000], needs: 20, runs: 40, maxSeconds: 4 }
    : { sizes: [1_000, 10_000, 100_000], needs: 60, runs: 200, maxSeconds: 30 };

/** Fills `db` (migrated and empty) with `households` and measures matching on it. */
export async function benchMatching(
  engine: string,
  db: Database,
  households: number,
  options: MatchingOptions,
): Promise<MatchingRun> {
  const fill = await timed(() => createMatchingRegion(db, households, options.needs, 5));
  const region: MatchingRegion = fill.value;
  const claims = region.placementWorker;
  const located = region.locatedNeeds;
  const match = (need: string) => findCandidates(db, claims, need, candidatesShown);

  let found = 0;
  let empty = 0;
  for (const need of located) {
    const { candidates } = await match(need);
    found += candidates.length;
    if (candidates.length === 0) empty++;
  }
  const candidates = await sample(located, options.runs, options.maxSeconds, match);
  const anchors = new Map<string, { lat: number; lng: number }>();
  for (const need of located) anchors.set(need, await anchorOf(db, need));
  const probe = await sample(located, options.runs, options.maxSeconds, (need) => {
    const anchor = anchors.get(need) ?? { lat: 52.1, lng: 5.1 };
    return withUser(db, claims, (tx) => tx.query(nearestQuery, [anchor.lat, anchor.lng]));
  });
  const wholeRegion = await sample(region.unlocatedNeeds, options.runs, options.maxSeconds, match);
  const filterCounts = await sample(located, Math.min(options.runs, 50), options.maxSeconds, (need) =>
    withUser(db, claims, (tx) => tx.query("select * from app.placement_need_filter_counts($1)", [need])),
  );
  const withIndex = await explainCandidates(db, located[0]);
  const probePlan = await explainProbe(db, located[0]);

  await db.exec("drop index public.households_location_idx; drop index public.households_open_location_idx");
  const withoutIndex = await sample(located, options.runs, options.maxSeconds, match);
  const withoutIndexPlan = await explainCandidates(db, located[0]);

  return {
    engine,
    households,
    needs: located.length,
    fillSeconds: fill.ms / 1000,
    candidates,
    meanCandidates: found / located.length,
    needsWithoutCandidates: empty,
    probe,
    wholeRegion,
    filterCounts,
    withoutIndex,
    plan: {
      withIndex,
      withoutIndex: withoutIndexPlan,
      probe: probePlan,
      usesIndex:
        withIndex.includes("households_open_location_idx") && probePlan.includes("households_location_idx"),
    },
  };
}
