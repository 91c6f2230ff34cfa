// A synthetic register for the matching benchmark: households spread over the Netherlands by where
// people live, and placement needs of every kind, bulk-inserted in SQL (generate_series) in one region.
import { postcodeAreas } from "../../src/server/geocode/gazetteer";
import { seededRandom, stableUuid } from "../../src/server/seed/random";
import type { Database } from "../../src/server/sql/engine";
import type { Claims } from "../../src/server/sql/with-user";
import { withService } from "../../src/server/sql/with-user";

/** Inhabitants per province in thousands (CBS, 1 January 2024, rounded). */
const provinceInhabitants: Record<string, number> = {
  "Zuid-Holland": 3804,
  "Noord-Holland": 2952,
  "Noord-Brabant": 2626,
  Gelderland: 2133,
  Utrecht: 1392,
  Overijssel: 1184,
  Limburg: 1118,
  Friesland: 659,
  Groningen: 594,
  Drenthe: 502,
  Flevoland: 444,
  Zeeland: 391,
};

/**
 * The gazetteer's centroids, each weighted by its province's inhabitants shared over the province's
 * areas. Utrecht's rows are single postcode areas (households within about a kilometre); elsewhere a
 * row is a town centre that stands for the town and the villages around it.
 */
function weightedAreas() {
  const perProvince = new Map<string, number>();
  for (const area of postcodeAreas) perProvince.set(area.province, (perProvince.get(area.province) ?? 0) + 1);
  let cumulative = 0;
  const total = Object.values(provinceInhabitants).reduce((sum, value) => sum + value, 0);
  return postcodeAreas.map((area, index) => {
    const rows = perProvince.get(area.province) ?? 1;
    const lowerBound = cumulative;
    cumulative += (provinceInhabitants[area.province] ?? 0) / rows / total;
    return {
      i: index + 1,
      lower_bound: lowerBound,
      postcode4: area.postcode4,
      municipality: area.municipality,
      lat: area.lat,
      lng: area.lng,
      spread_km: rows >= 50 ? 1.2 : 7,
    };
  });
}

export const benchOrganisations = 12;

/** Households in one region, from `benchOrganisations` organisations; deterministic for a size. */
async function insertHouseholds(db: Database, households: number): Promise<void> {
  const areas = weightedAreas();
  await withService(db, async (tx) => {
    await tx.query("select setseed(0.4242)");
    // The point: a normal spread around the area's centroid (Box-Muller), kept inside the table's box.
    await tx.query(
      `insert into public.households (
         organisation_id, region_id, label, kind, status, care_forms, places_total, places_free,
         max_sibling_group, age_min, age_max, available_from, available_until, expertise, languages,
         household_children_ages, has_pets, smoking, accessible_home, own_bedroom, open_past_eighteen,
         max_travel_km, municipality, postcode4, approx_lat, approx_lng, capacity_updated_at)
       with areas as (
         select * from jsonb_to_recordset($1::text::jsonb) as a(
           i integer, lower_bound double precision, postcode4 text, municipality text,
           lat double precision, lng double precision, spread_km double precision)
       ), bounds as (
         select array_agg(lower_bound order by i) as lower_bounds from areas
       ), drawn as materialized (
         select g,
                width_bucket(random(), (select lower_bounds from bounds)) as area,
                sqrt(-2 * ln(1 - random())) as radius, 2 * pi() * random() as angle,
                (array['foster_family', 'foster_family', 'foster_family', 'foster_family', 'foster_family',
                       'foster_family', 'foster_family', 'support_family', 'support_family', 'family_home'])
                  [1 + floor(random() * 10)::integer]::public.household_kind as kind,
                random() as status_roll, random() as care_roll, random() as places_roll, random() as free_roll,
                (array[0, 0, 2, 4, 4, 8, 12])[1 + floor(random() * 7)::integer] as age_min,
                random() as span_roll, random() as r1, random() as r2, random() as r3, random() as r4,
                random() as r5, random() as r6, random() as r7, random() as r8
         from generate_series(1, $2::integer) g
       ), shaped as (
         select d.*,
                case when d.kind = 'family_home' then 3 + floor(d.places_roll * 4)::integer
                     else 1 + floor(d.places_roll * 2.6)::integer end as places_total,
                least(23, d.age_min + 4 + floor(d.span_roll * 11)::integer) as age_max
         from drawn d
       )
       select o.id, o.region_id, 'Bankgezin ' || s.g, s.kind,
              case when s.status_roll < 0.8 then 'active' when s.status_roll < 0.92 then 'paused'
                   else 'inactive' end::public.household_status,
              case when s.kind = 'support_family' then '{part_time}'
                   when s.care_roll < 0.45 then '{long_term}' when s.care_roll < 0.65 then '{short_term,long_term}'
                   when s.care_roll < 0.77 then '{short_term}' when s.care_roll < 0.87 then '{crisis,short_term}'
                   when s.care_roll < 0.92 then '{crisis}' else '{long_term,part_time}' end::public.care_form[],
              s.places_total,
              case when s.free_roll < 0.3 then 0 else 1 + floor(s.free_roll * s.places_total)::integer % s.places_total end,
              1 + floor(s.r1 * s.places_total)::integer,
              s.age_min, s.age_max,
              case when s.r2 < 0.15 then current_date + (7 + floor(s.r3 * 110))::integer end,
              case when s.r2 > 0.92 then current_date + (90 + floor(s.r3 * 450))::integer end,
              array_remove(array[
                case when s.r4 < 0.3 then 'trauma' end, case when s.r5 < 0.12 then 'lvb' end,
                case when s.r6 < 0.12 then 'autisme' end, case when s.r7 < 0.07 then 'medisch' end,
                case when s.age_min <= 1 and s.r8 < 0.6 then 'babys' end,
                case when s.age_max >= 16 and s.r8 > 0.5 then 'tieners' end], null),
              case when s.r5 < 0.35 then '{nl,en}' when s.r5 > 0.85 then '{nl,ar}' else '{nl}' end::text[],
              case when s.r6 < 0.35 then '{}' when s.r6 < 0.55 then array[floor(s.r7 * 20)::integer]
                   else array[floor(s.r7 * 12)::integer, 2 + floor(s.r8 * 18)::integer] end,
              s.r1 < 0.4, s.r2 < 0.07, s.r3 < 0.08, s.kind = 'family_home' or s.r4 < 0.85,
              s.age_max >= 18 and s.r5 < 0.35,
              case when s.kind = 'support_family' then 5 + 5 * floor(s.r6 * 3)::integer
                   else 10 + 5 * floor(s.r6 * 7)::integer end,
              a.municipality, a.postcode4,
              least(53.55, greatest(50.75, a.lat + s.radius * cos(s.angle) * a.spread_km / 111.32)),
              least(7.25, greatest(3.35, a.lng + s.radius * sin(s.angle) * a.spread_km
                                                 / (111.32 * cos(radians(a.lat))))),
              now() - (s.r7 * 200) * interval '1 day'
       from shaped s
       join areas a on a.i = s.area
       join public.organisations o on o.slug = 'bank-' || (1 + s.g % $3::integer)`,
      [JSON.stringify(areas), households, benchOrganisations],
    );
    await tx.query(
      `insert into private.household_culture (household_id, religion_culture)
       select h.id, (array['christelijk', 'islamitisch', 'joods', 'hindoestaans'])[1 + floor(random() * 4)::integer]
       from public.households h join public.regions r on r.id = h.region_id
       where r.slug = 'bank' and random() < 0.15`,
    );
  });
  await db.exec("analyze");
}

const expertiseTags = ["trauma", "lvb", "autisme", "medisch"];

function jittered(random: ReturnType<typeof seededRandom>, lat: number, lng: number) {
  const km = random.next() * 3;
  const angle = random.next() * 2 * Math.PI;
  return {
    lat: Number((lat + (km * Math.cos(angle)) / 111.32).toFixed(4)),
    lng: Number((lng + (km * Math.sin(angle)) / (111.32 * Math.cos((lat * Math.PI) / 180))).toFixed(4)),
  };
}

/**
 * Needs of every kind: ages, care forms, siblings, a school and/or parents somewhere in the country
 * (drawn like the households), distances from 5 to 50 km, expertise, exclusions, languages. A few
 * have no located school or parents: matching then searches the whole region.
 */
function benchNeeds(count: number, unlocated: number) {
  const random = seededRandom(`bench-needs/${count}`);
  const areas = weightedAreas();
  const pickArea = () => {
    const roll = random.next();
    return areas.findLast((area) => area.lower_bound <= roll) ?? areas[0];
  };
  return Array.from({ length: count + unlocated }, (_, index) => {
    const age = random.int(0, 17);
    const located = index < count;
    const school = located && (age >= 4 || random.chance(0.3)) ? pickArea() : null;
    const parents = located && (!school || random.chance(0.5)) ? pickArea() : null;
    const schoolPoint = school && jittered(random, school.lat, school.lng);
    const parentsPoint = parents && jittered(random, parents.lat, parents.lng);
    const siblings = random.weighted([
      [0, 75],
      [1, 18],
      [2, 7],
    ]);
    return {
      reference: `BANK-${String(index + 1).padStart(4, "0")}`,
      child_age: age,
      sibling_count: siblings,
      siblings_together: siblings > 0 && random.chance(0.6),
      urgency: random.weighted([
        ["crisis_today", 15],
        ["within_days", 35],
        ["regular", 50],
      ]),
      start_offset_days: random.int(0, 60),
      care_form: random.weighted([
        ["long_term", 40],
        ["short_term", 25],
        ["crisis", 15],
        ["part_time", 20],
      ]),
      school_postcode4: school?.postcode4 ?? null,
      school_lat: schoolPoint?.lat ?? null,
      school_lng: schoolPoint?.lng ?? null,
      parents_postcode4: parents?.postcode4 ?? null,
      parents_lat: parentsPoint?.lat ?? null,
      parents_lng: parentsPoint?.lng ?? null,
      location_status: located ? "found" : "not_found",
      max_distance_km: random.pick([5, 10, 15, 20, 20, 25, 30, 50]),
      needs: expertiseTags
        .filter(() => random.chance(0.2))
        .concat(age < 2 ? ["babys"] : age >= 13 ? ["tieners"] : []),
      exclusions: [
        ...(random.chance(0.15) ? ["geen_huisdieren"] : []),
        ...(random.chance(age < 4 ? 0.5 : 0.2) ? ["niet_roken"] : []),
        ...(age >= 10 && random.chance(0.15) ? ["geen_jonge_kinderen"] : []),
      ],
      languages: random.chance(0.2) ? [random.pick(["en", "ar", "tr", "pl"])] : [],
      culture_wish: random.chance(0.1) ? random.pick(["christelijk", "islamitisch"]) : null,
      needs_accessible_home: random.chance(0.05),
      expected_past_eighteen: age >= 15 && random.chance(0.4),
    };
  });
}

export interface MatchingRegion {
  placementWorker: Claims;
  /** Needs with a located school or parents. */
  locatedNeeds: string[];
  /** Needs without: matching searches the whole region. */
  unlocatedNeeds: string[];
}

/** Fills a migrated, empty database: a region, its organisations, one placement worker, households and needs. */
export async function createMatchingRegion(
  db: Database,
  households: number,
  needs: number,
  unlocated: number,
): Promise<MatchingRegion> {
  const placementWorker = { id: stableUuid("bench/placement-worker"), email: "plaatser@bank.test" };
  const organisations = Array.from({ length: benchOrganisations }, (_, index) => ({
    slug: `bank-${index + 1}`,
    name: `Bankorganisatie ${index + 1}`,
  }));
  await withService(db, async (tx) => {
    await tx.query("insert into public.regions (slug, name) values ('bank', 'Bankregio')");
    await tx.query(
      `insert into public.organisations (region_id, slug, name)
       select r.id, o.slug, o.name from jsonb_to_recordset($1::text::jsonb) as o(slug text, name text)
       join public.regions r on r.slug = 'bank'`,
      [JSON.stringify(organisations)],
    );
    await tx.query("insert into auth.users (id, email, email_confirmed_at) values ($1, $2, now())", [
      placementWorker.id,
      placementWorker.email,
    ]);
    await tx.query(
      `insert into public.memberships (user_id, organisation_id, role)
       select $1, o.id, 'placement_worker' from public.organisations o where o.slug = 'bank-1'`,
      [placementWorker.id],
    );
    await tx.query(
      `insert into public.placement_needs (
         organisation_id, region_id, reference, child_age, sibling_count, siblings_together, urgency,
         start_date, care_form, school_postcode4, school_lat, school_lng, parents_postcode4, parents_lat,
         parents_lng, location_status, max_distance_km, needs, exclusions, languages, culture_wish,
         needs_accessible_home, expected_past_eighteen)
       select o.id, o.region_id, n.reference, n.child_age, n.sibling_count, n.siblings_together, n.urgency,
         current_date + n.start_offset_days, n.care_form, n.school_postcode4, n.school_lat, n.school_lng,
         n.parents_postcode4, n.parents_lat, n.parents_lng, n.location_status, n.max_distance_km, n.needs,
         n.exclusions, n.languages, n.culture_wish, n.needs_accessible_home, n.expected_past_eighteen
       from jsonb_to_recordset($1::text::jsonb) as n(
         reference text, child_age integer, sibling_count integer, siblings_together boolean,
         urgency public.urgency, start_offset_days integer, care_form public.care_form,
         school_postcode4 text, school_lat double precision, school_lng double precision,
         parents_postcode4 text, parents_lat double precision, parents_lng double precision,
         location_status text, max_distance_km integer, needs text[], exclusions text[], languages text[],
         culture_wish text, needs_accessible_home boolean, expected_past_eighteen boolean)
       join public.organisations o on o.slug = 'bank-1'`,
      [JSON.stringify(benchNeeds(needs, unlocated))],
    );
  });
  await insertHouseholds(db, households);
  const rows = await db.query<{ id: string; located: boolean }>(
    `select n.id, n.location_status = 'found' as located from public.placement_needs n
     join public.regions r on r.id = n.region_id where r.slug = 'bank' order by n.reference`,
  );
  return {
    placementWorker: {
      sub: placementWorker.id,
      email: placementWorker.email,
      role: "authenticated",
      aud: "authenticated",
    },
    locatedNeeds: rows.filter((row) => row.located).map((row) => row.id),
    unlocatedNeeds: rows.filter((row) => !row.located).map((row) => row.id),
  };
}
