import type { CareForm } from "../../domain/capacity/labels";
import { combineSupplyAndDemand, type SupplyAndDemand } from "../../domain/placement/regional-overview";
import { findPostcodeArea } from "../geocode/gazetteer";
import type { Database, SqlExecutor } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";

export interface Region {
  id: string;
  name: string;
}

export interface NeedWaiting {
  /** null: all care forms together. */
  careForm: CareForm | null;
  openNeeds: number;
  medianDays: number;
  longestDays: number;
}

export interface CloseToHome {
  careForm: CareForm | null;
  placed: number;
  outsideRegion: number;
  beyondMaxDistance: number;
  distanceUnknown: number;
  medianDaysToPlacement: number | null;
}

export interface RegionalOverview {
  region: Region;
  /** Every region the caller works in as a placement worker or admin, this one included. */
  regions: Region[];
  supplyAndDemand: SupplyAndDemand[];
  waiting: NeedWaiting[];
  closeToHome: CloseToHome[];
  /** Placements counted from this moment (a year back). */
  placedSince: Date;
}

const unknownMunicipality = "Onbekend";

/**
 * The region's figures for a placement worker or an admin: free places against open needs per
 * municipality and care form, how long needs wait, and how close to home children were placed, all
 * as counts over every organisation in the region. Undefined when the caller works in no region as
 * a placement worker or admin.
 */
export async function getRegionalOverview(
  db: Database,
  claims: Claims,
  wantedRegionId: string | null,
  now = new Date(),
): Promise<RegionalOverview | undefined> {
  return withUser(db, claims, (tx) => readRegionalOverview(tx, wantedRegionId, now));
}

/** The same, inside a transaction the caller already runs as the user. */
export async function readRegionalOverview(
  tx: SqlExecutor,
  wantedRegionId: string | null,
  now = new Date(),
): Promise<RegionalOverview | undefined> {
  const placedSince = new Date(now.getTime() - 365 * 86_400_000);
  const regions = await tx.query<Region>(
    `select r.id, r.name from public.regions r
     where r.id in (select private.my_regions('placement_worker') union select private.my_regions('admin'))
     order by r.name`,
  );
  const region = regions.find((candidate) => candidate.id === wantedRegionId) ?? regions[0];
  if (!region) return undefined;
  return {
    region,
    regions,
    supplyAndDemand: await supplyAndDemandIn(tx, region.id),
    waiting: await waitingIn(tx, region.id, now),
    closeToHome: await closeToHomeIn(tx, region.id, placedSince),
    placedSince,
  };
}

async function supplyAndDemandIn(tx: SqlExecutor, regionId: string): Promise<SupplyAndDemand[]> {
  const supply = await tx.query<{
    municipality: string;
    care_form: CareForm;
    households: number;
    free_places: number;
    unconfirmed_free_places: number;
  }>(
    `select municipality, care_form, households, free_places, unconfirmed_free_places
     from app.region_free_places($1)`,
    [regionId],
  );
  const demand = await tx.query<{
    care_form: CareForm;
    postcode4: string | null;
    open_needs: number;
    children: number;
  }>("select care_form, postcode4, open_needs, children from app.region_open_needs($1)", [regionId]);
  return combineSupplyAndDemand(
    supply.map((row) => ({
      municipality: row.municipality,
      careForm: row.care_form,
      households: row.households,
      freePlaces: row.free_places,
      unconfirmedFreePlaces: row.unconfirmed_free_places,
    })),
    demand.map((row) => ({
      municipality: (row.postcode4 && findPostcodeArea(row.postcode4)?.municipality) || unknownMunicipality,
      careForm: row.care_form,
      openNeeds: row.open_needs,
      children: row.children,
    })),
  );
}

async function waitingIn(tx: SqlExecutor, regionId: string, now: Date): Promise<NeedWaiting[]> {
  const rows = await tx.query<{
    care_form: CareForm | null;
    open_needs: number;
    median_days: string | number;
    longest_days: number;
  }>("select care_form, open_needs, median_days, longest_days from app.region_need_waiting($1, $2)", [
    regionId,
    now.toISOString(),
  ]);
  return rows.map((row) => ({
    careForm: row.care_form,
    openNeeds: row.open_needs,
    medianDays: Number(row.median_days),
    longestDays: row.longest_days,
  }));
}

async function closeToHomeIn(tx: SqlExecutor, regionId: string, since: Date): Promise<CloseToHome[]> {
  const rows = await tx.query<{
    care_form: CareForm | null;
    placed: number;
    outside_region: number;
    beyond_max_distance: number;
    distance_unknown: number;
    median_days_to_placement: string | number | null;
  }>(
    `select care_form, placed, outside_region, beyond_max_distance, distance_unknown, median_days_to_placement
     from app.region_placements_close_to_home($1, $2)`,
    [regionId, since.toISOString()],
  );
  return rows.map((row) => ({
    careForm: row.care_form,
    placed: row.placed,
    outsideRegion: row.outside_region,
    beyondMaxDistance: row.beyond_max_distance,
    distanceUnknown: row.distance_unknown,
    medianDaysToPlacement:
      row.median_days_to_placement === null ? null : Number(row.median_days_to_placement),
  }));
}
