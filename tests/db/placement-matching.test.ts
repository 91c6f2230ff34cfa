import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { ChangedMeanwhileError } from "../../src/server/errors";
import { createGazetteerGeocoder } from "../../src/server/geocode/gazetteer";
import type { Geocoder } from "../../src/server/geocode/port";
import { createPlacementNeed } from "../../src/server/placement/create-placement-need";
import { getPlacementNeed } from "../../src/server/placement/get-placement-need";
import { retryNeedLocations } from "../../src/server/placement/retry-need-locations";
import { updatePlacementNeed } from "../../src/server/placement/update-placement-need";
import type { Database } from "../../src/server/sql/engine";
import { withService } from "../../src/server/sql/with-user";
import { testEngines } from "../support/databases";
import {
  type Caller,
  createUser,
  insufficientPrivilege,
  type Persona,
  type Personas,
  queryAs,
  usePersonaDatabase,
} from "./personas";

// Postcode-4 centroids: Utrecht centre, Zeist (~8 km east), Amersfoort (~20 km) and Arnhem (~50 km).
const utrecht = { lat: 52.0884, lng: 5.1175 };
const zeist = { lat: 52.0864, lng: 5.244 };
const amersfoort = { lat: 52.1557, lng: 5.3883 };

interface HouseholdFixture {
  label: string;
  organisation?: "t1" | "t2";
  kind?: "foster_family" | "family_home" | "support_family";
  status?: "active" | "paused" | "inactive";
  care_forms?: string[];
  places_total?: number;
  places_free?: number;
  max_sibling_group?: number;
  age_min?: number;
  age_max?: number;
  available_from?: string | null;
  available_until?: string | null;
  expertise?: string[];
  languages?: string[];
  household_children_ages?: number[];
  has_pets?: boolean;
  smoking?: boolean;
  accessible_home?: boolean;
  own_bedroom?: boolean;
  open_past_eighteen?: boolean;
  max_travel_km?: number;
  point?: { lat: number; lng: number };
  days_unconfirmed?: number;
  culture?: string;
}

interface NeedFixture {
  child_age?: number;
  sibling_count?: number;
  siblings_together?: boolean;
  start_in_days?: number;
  care_form?: string;
  school?: { lat: number; lng: number } | null;
  parents?: { lat: number; lng: number } | null;
  max_distance_km?: number;
  needs?: string[];
  exclusions?: string[];
  languages?: string[];
  culture_wish?: string | null;
  expected_past_eighteen?: boolean;
}

interface Candidate {
  household_id: string;
  label: string;
  kind: string;
  approx_lat: string;
  approx_lng: string;
  distance_km: string | null;
  score: string;
  contributions: Record<string, { points: number; max: number; [detail: string]: unknown }>;
}

interface Region {
  id: string;
  t1: string;
  t2: string;
  placementWorkerT1: Persona;
  recruiterT1: Persona;
}

const isoInDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** A region of its own with two organisations, so only this file's households are candidates. */
async function createRegion(db: Database): Promise<Region> {
  const placementWorkerT1 = await createUser(db, "plaatsing@toegang-t1.test");
  const recruiterT1 = await createUser(db, "werving@toegang-t1.test");
  return withService(db, async (tx) => {
    const [region] = await tx.query<{ id: string }>(
      "insert into public.regions (slug, name) values ('toegang', 'Toegang') returning id",
    );
    const organisation = async (slug: string) =>
      (
        await tx.query<{ id: string }>(
          "insert into public.organisations (slug, name, region_id, postcode_areas) values ($1, $1, $2, '{}') returning id",
          [slug, region.id],
        )
      )[0].id;
    const t1 = await organisation("toegang-t1");
    const t2 = await organisation("toegang-t2");
    await tx.query(
      `insert into public.memberships (user_id, organisation_id, role)
       values ($1, $3, 'placement_worker'), ($2, $3, 'recruiter')`,
      [placementWorkerT1.id, recruiterT1.id, t1],
    );
    return { id: region.id, t1, t2, placementWorkerT1, recruiterT1 };
  });
}

async function insertHouseholds(db: Database, region: Region, households: HouseholdFixture[]) {
  await withService(db, async (tx) => {
    for (const h of households) {
      const point = h.point ?? utrecht;
      const [row] = await tx.query<{ id: string }>(
        `insert into public.households
           (organisation_id, region_id, label, kind, status, care_forms, places_total, places_free,
            max_sibling_group, age_min, age_max, available_from, available_until, expertise, languages,
            household_children_ages, has_pets, smoking, accessible_home, own_bedroom, open_past_eighteen,
            max_travel_km, municipality, postcode4, approx_lat, approx_lng, capacity_updated_at)
         values ($1, $2, $3, $4, $5, $6::public.care_form[], $7, $8, $9, $10, $11, $12, $13, $14, $15, $16,
                 $17, $18, $19, $20, $21, $22, 'Utrecht', '3511', $23, $24, now() - make_interval(days => $25))
         returning id`,
        [
          h.organisation === "t2" ? region.t2 : region.t1,
          region.id,
          h.label,
          h.kind ?? "foster_family",
          h.status ?? "active",
          h.care_forms ?? ["long_term"],
          h.places_total ?? 2,
          h.places_free ?? 2,
          h.max_sibling_group ?? 2,
          h.age_min ?? 0,
          h.age_max ?? 18,
          h.available_from ?? null,
          h.available_until ?? null,
          h.expertise ?? [],
          h.languages ?? ["nl"],
          h.household_children_ages ?? [],
          h.has_pets ?? false,
          h.smoking ?? false,
          h.accessible_home ?? false,
          h.own_bedroom ?? true,
          h.open_past_eighteen ?? false,
          h.max_travel_km ?? 25,
          point.lat,
          point.lng,
          h.days_unconfirmed ?? 5,
        ],
      );
      await tx.query(
        "insert into private.household_addresses (household_id, postcode, house_number, street) values ($1, '3511AB', '7', 'Geheimstraat')",
        [row.id],
      );
      if (h.culture) {
        await tx.query(
          "insert into private.household_culture (household_id, religion_culture) values ($1, $2)",
          [row.id, h.culture],
        );
      }
    }
  });
}

let needSerial = 0;

async function insertNeed(db: Database, region: Region, need: NeedFixture = {}): Promise<string> {
  needSerial += 1;
  const school = need.school === undefined ? utrecht : need.school;
  const parents = need.parents === undefined ? utrecht : need.parents;
  const [row] = await withService(db, (tx) =>
    tx.query<{ id: string }>(
      `insert into public.placement_needs
         (organisation_id, region_id, reference, child_age, sibling_count, siblings_together, urgency, start_date,
          care_form, school_lat, school_lng, parents_lat, parents_lng, max_distance_km, needs, exclusions,
          languages, culture_wish, expected_past_eighteen)
       values ($1, $2, $3, $4, $5, $6, 'regular', $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)
       returning id`,
      [
        region.t1,
        region.id,
        `PV-T-${String(needSerial).padStart(4, "0")}`,
        need.child_age ?? 9,
        need.sibling_count ?? 0,
        need.siblings_together ?? true,
        isoInDays(need.start_in_days ?? 7),
        need.care_form ?? "long_term",
        school?.lat ?? null,
        school?.lng ?? null,
        parents?.lat ?? null,
        parents?.lng ?? null,
        need.max_distance_km ?? 20,
        need.needs ?? [],
        need.exclusions ?? [],
        need.languages ?? [],
        need.culture_wish ?? null,
        need.expected_past_eighteen ?? false,
      ],
    ),
  );
  return row.id;
}

const match = (db: Database, caller: Caller, need: string) =>
  queryAs<Candidate>(db, caller, "select * from app.match_placement_need($1)", [need]);

const filterCounts = async (db: Database, caller: Caller, need: string) =>
  Object.fromEntries(
    (
      await queryAs<{ filter: string; households: number }>(
        db,
        caller,
        "select * from app.placement_need_filter_counts($1)",
        [need],
      )
    ).map((row) => [row.filter, row.households]),
  );

const labels = (candidates: Candidate[]) => candidates.map((candidate) => candidate.label);

describe.each(testEngines)("matching placement needs on $name", (engine) => {
  let db: Database;
  let people: Personas;
  let region: Region;
  usePersonaDatabase(engine, (opened) => ({ db, people } = opened));

  beforeAll(async () => {
    region = await createRegion(db);
  });

  afterEach(async () => {
    await withService(db, async (tx) => {
      await tx.query("delete from public.households where region_id = $1", [region.id]);
      await tx.query("delete from public.placement_needs where region_id = $1", [region.id]);
    });
  });

  describe("hard filters: each removes exactly the household that violates it", () => {
    const violations: [filter: string, violator: HouseholdFixture, need?: NeedFixture][] = [
      ["care_form", { label: "Alleen crisis", care_forms: ["crisis"] }],
      ["status", { label: "Gepauzeerd", status: "paused" }],
      ["places", { label: "Eén plek", places_total: 1, places_free: 1 }, { sibling_count: 1 }],
      ["places", { label: "Geen broers samen", max_sibling_group: 1 }, { sibling_count: 1 }],
      ["age", { label: "Tot 4 jaar", age_min: 0, age_max: 4 }],
      ["availability", { label: "Pas later", available_from: isoInDays(60) }],
      ["availability", { label: "Stopt eerder", available_until: isoInDays(2) }],
      ["exclusions", { label: "Met hond", has_pets: true }, { exclusions: ["geen_huisdieren"] }],
      ["exclusions", { label: "Rokers", smoking: true }, { exclusions: ["niet_roken"] }],
      [
        "exclusions",
        { label: "Met peuter", household_children_ages: [3] },
        { exclusions: ["geen_jonge_kinderen"] },
      ],
      [
        "exclusions",
        { label: "Met tiener", household_children_ages: [15] },
        { exclusions: ["geen_andere_kinderen"] },
      ],
      ["distance", { label: "Ver weg", point: amersfoort }, { max_distance_km: 15 }],
      ["distance", { label: "Reist niet ver", point: zeist, max_travel_km: 5 }],
    ];

    it.each(violations)("%s removes %o", async (filter, violator, needFixture) => {
      await insertHouseholds(db, region, [{ label: "Past wel" }, violator]);
      const need = await insertNeed(db, region, needFixture);
      expect(labels(await match(db, region.placementWorkerT1, need))).toEqual(["Past wel"]);
      expect(await filterCounts(db, region.placementWorkerT1, need)).toEqual({ [filter]: 1 });
    });

    it("siblings placed apart need one place each, so a one-place family stays a candidate", async () => {
      await insertHouseholds(db, region, [
        { label: "Eén plek", places_total: 1, places_free: 1, max_sibling_group: 1 },
      ]);
      const need = await insertNeed(db, region, { sibling_count: 2, siblings_together: false });
      expect(labels(await match(db, region.placementWorkerT1, need))).toEqual(["Eén plek"]);
    });

    it("without a located school or parents the distance filter cannot hold anyone back", async () => {
      await insertHouseholds(db, region, [{ label: "Ver weg", point: amersfoort, max_travel_km: 5 }]);
      const need = await insertNeed(db, region, { school: null, parents: null });
      const [candidate] = await match(db, region.placementWorkerT1, need);
      expect(candidate.label).toBe("Ver weg");
      expect(candidate.distance_km).toBeNull();
      expect(candidate.contributions.distance_school).toBeUndefined();
    });
  });

  describe("ranking", () => {
    it("a lighter form of care beats a heavier one at equal fit: support family, foster family, family home", async () => {
      await insertHouseholds(db, region, [
        { label: "Gezinshuis", kind: "family_home", care_forms: ["part_time"] },
        { label: "Steungezin", kind: "support_family", care_forms: ["part_time"] },
        { label: "Pleeggezin", kind: "foster_family", care_forms: ["part_time"] },
      ]);
      const need = await insertNeed(db, region, { care_form: "part_time" });
      const candidates = await match(db, region.placementWorkerT1, need);
      expect(labels(candidates)).toEqual(["Steungezin", "Pleeggezin", "Gezinshuis"]);
      expect(candidates.map((candidate) => candidate.contributions.lighter_care.points)).toEqual([2, 1, 0]);
    });

    it("closer to school and parents beats farther, and the distances are given", async () => {
      await insertHouseholds(db, region, [
        { label: "Zeist", point: zeist },
        { label: "Utrecht", point: utrecht },
      ]);
      const need = await insertNeed(db, region);
      const candidates = await match(db, region.placementWorkerT1, need);
      expect(labels(candidates)).toEqual(["Utrecht", "Zeist"]);
      expect(Number(candidates[1].distance_km)).toBeCloseTo(8.7, 0);
      expect(candidates[1].contributions.distance_school.km).toBeCloseTo(8.7, 0);
      expect(candidates[0].contributions.distance_school.points).toBe(3);
    });

    it("soft factors add up to the score: expertise, language, culture, continuity and freshness", async () => {
      await insertHouseholds(db, region, [
        {
          label: "Alles",
          expertise: ["trauma", "tieners"],
          languages: ["nl", "ar"],
          culture: "Islamitisch",
          open_past_eighteen: true,
        },
        { label: "Half", expertise: ["trauma"], days_unconfirmed: 200 },
      ]);
      const need = await insertNeed(db, region, {
        child_age: 15,
        needs: ["trauma", "tieners"],
        languages: ["ar"],
        culture_wish: "islamitisch",
        expected_past_eighteen: true,
      });
      const [best, other] = await match(db, region.placementWorkerT1, need);
      expect(best.label).toBe("Alles");
      expect(best.contributions.expertise).toMatchObject({
        points: 3,
        matched: ["tieners", "trauma"],
        missing: [],
      });
      expect(best.contributions.language).toMatchObject({ points: 1, matched: true });
      expect(best.contributions.culture).toMatchObject({ points: 1, matched: true });
      expect(best.contributions.continuity).toMatchObject({ points: 2, matched: true });
      expect(other.contributions.expertise).toMatchObject({ points: 1.5, missing: ["tieners"] });
      expect(other.contributions.culture).toMatchObject({ points: 0, matched: false });
      expect(other.contributions.freshness).toMatchObject({ points: 0, days: 200 });
      const sum = Object.values(best.contributions).reduce((total, part) => total + part.points, 0);
      expect(Number(best.score)).toBeCloseTo(sum, 2);
    });

    it("household fit names what does not fit: smoking, no own bedroom, children of the same age", async () => {
      await insertHouseholds(db, region, [
        { label: "Past", household_children_ages: [2] },
        {
          label: "Past minder",
          smoking: true,
          own_bedroom: false,
          household_children_ages: [10],
          has_pets: true,
        },
      ]);
      const need = await insertNeed(db, region);
      const [fits, fitsLess] = await match(db, region.placementWorkerT1, need);
      expect(fits.contributions.household_fit).toMatchObject({ points: 2, misses: [] });
      expect(fitsLess.contributions.household_fit).toMatchObject({
        points: 0,
        misses: ["no_own_bedroom", "smoking", "peer_age_children", "pets"],
      });
    });

    it("an organisation's own weights replace the defaults for its needs", async () => {
      await insertHouseholds(db, region, [
        { label: "Steungezin", kind: "support_family", care_forms: ["part_time"] },
      ]);
      await withService(db, (tx) =>
        tx.query("insert into public.matching_weights (organisation_id, lighter_care) values ($1, 5)", [
          region.t1,
        ]),
      );
      try {
        const need = await insertNeed(db, region, { care_form: "part_time" });
        const [candidate] = await match(db, region.placementWorkerT1, need);
        expect(candidate.contributions.lighter_care).toEqual({ points: 5, max: 5 });
      } finally {
        await withService(db, (tx) =>
          tx.query("delete from public.matching_weights where organisation_id = $1", [region.t1]),
        );
      }
    });
  });

  describe("nothing fits", () => {
    it("counts per filter how many households it removes, largest first", async () => {
      await insertHouseholds(db, region, [
        { label: "Te jong 1", age_max: 4 },
        { label: "Te jong 2", age_max: 4 },
        { label: "Te jong en gepauzeerd", age_max: 4, status: "paused" },
        { label: "Geen plek", places_free: 0 },
      ]);
      const need = await insertNeed(db, region);
      expect(await match(db, region.placementWorkerT1, need)).toEqual([]);
      const rows = await queryAs<{ filter: string; households: number }>(
        db,
        region.placementWorkerT1,
        "select * from app.placement_need_filter_counts($1)",
        [need],
      );
      expect(rows).toEqual([
        { filter: "age", households: 3 },
        { filter: "places", households: 1 },
        { filter: "status", households: 1 },
      ]);
    });
  });

  describe("who may match (1 toegang)", () => {
    it("a placement worker matches against another organisation's households but gets no address or contact", async () => {
      await insertHouseholds(db, region, [
        { label: "Van T2", organisation: "t2", point: { lat: 52.08843, lng: 5.11756 } },
      ]);
      const need = await insertNeed(db, region);
      const [candidate] = await match(db, region.placementWorkerT1, need);
      expect(candidate.label).toBe("Van T2");
      expect(Object.keys(candidate).sort()).toEqual(
        [
          "age_max",
          "age_min",
          "approx_lat",
          "approx_lng",
          "capacity_updated_at",
          "care_forms",
          "contributions",
          "distance_km",
          "expertise",
          "household_id",
          "kind",
          "label",
          "municipality",
          "places_free",
          "score",
        ].sort(),
      );
      expect(JSON.stringify(candidate)).not.toMatch(/Geheimstraat|3511AB/);
      expect([Number(candidate.approx_lat), Number(candidate.approx_lng)]).toEqual([52.088, 5.118]);
    });

    it("another organisation's household's religion or culture shows in neither contributions, score nor order", async () => {
      await insertHouseholds(db, region, [
        { label: "T2 met wens", organisation: "t2", culture: "Islamitisch" },
        { label: "T2 zonder", organisation: "t2", culture: "Christelijk" },
        { label: "T2 onbekend", organisation: "t2" },
      ]);
      const withWish = await insertNeed(db, region, { culture_wish: "islamitisch" });
      const withOtherWish = await insertNeed(db, region, { culture_wish: "christelijk" });
      const withoutWish = await insertNeed(db, region);
      const seen = async (need: string) =>
        (await match(db, region.placementWorkerT1, need)).map(({ label, score, contributions }) => ({
          label,
          score,
          contributions,
        }));
      const baseline = await seen(withoutWish);
      expect(baseline.every((candidate) => candidate.contributions.culture === undefined)).toBe(true);
      expect(await seen(withWish)).toEqual(baseline);
      expect(await seen(withOtherWish)).toEqual(baseline);
    });

    it("recruiters, applicants, anonymous visitors and other organisations' placement workers cannot match a need", async () => {
      await insertHouseholds(db, region, [{ label: "Past wel" }]);
      const need = await insertNeed(db, region);
      for (const caller of [
        region.recruiterT1,
        people.applicant,
        people.placementWorkerA,
        people.placementWorkerC,
        null,
      ]) {
        await expect(match(db, caller, need)).rejects.toMatchObject(insufficientPrivilege);
        await expect(filterCounts(db, caller, need)).rejects.toMatchObject(insufficientPrivilege);
      }
    });
  });

  describe("recording a need", () => {
    const down: Geocoder = {
      geocode: () => Promise.reject(new Error("PDOK unreachable")),
      locateArea: () => Promise.reject(new Error("PDOK unreachable")),
    };
    const details = (reference: string, school: string) => ({
      id: crypto.randomUUID(),
      organisationId: region.t1,
      reference,
      childAge: 9,
      childGender: null,
      siblingCount: 0,
      siblingsTogether: true,
      urgency: "regular" as const,
      startDate: isoInDays(7),
      careForm: "long_term" as const,
      expectedDuration: null,
      schoolLocation: { kind: "postcode4" as const, postcode4: school },
      parentsLocation: { kind: "place" as const, place: "Zeist" },
      maxDistanceKm: 20,
      needs: [],
      needsAccessibleHome: false,
      exclusions: [],
      languages: [],
      cultureWish: null,
      expectedPastEighteen: false,
      courtOrdered: false,
    });
    const locationOf = async (id: string) =>
      (
        await withService(db, (tx) =>
          tx.query<{ location_status: string; school_lat: number | null; parents_lat: number | null }>(
            "select location_status, school_lat, parents_lat from public.placement_needs where id = $1",
            [id],
          ),
        )
      )[0];

    it("saves a need whose postcode the gazetteer does not know, without a point for it", async () => {
      const id = await createPlacementNeed(
        db,
        createGazetteerGeocoder(),
        region.placementWorkerT1.claims,
        details("PV-T-ONB", "9999"),
      );
      expect(await locationOf(id)).toMatchObject({ location_status: "not_found", school_lat: null });
      expect((await locationOf(id)).parents_lat).toBeCloseTo(52.09, 1);
    });

    it("refuses a change made on a version someone else changed meanwhile, and keeps theirs", async () => {
      const gazetteer = createGazetteerGeocoder();
      const caller = region.placementWorkerT1.claims;
      const id = await createPlacementNeed(db, gazetteer, caller, details("PV-T-SAMEN", "3511"));
      const shown = (await getPlacementNeed(db, caller, id))?.editStamp ?? "";
      await updatePlacementNeed(db, gazetteer, caller, {
        ...details("PV-T-SAMEN", "3511"),
        id,
        childAge: 10,
        expectedUpdatedAt: shown,
      });
      await expect(
        updatePlacementNeed(db, gazetteer, caller, {
          ...details("PV-T-SAMEN", "3511"),
          id,
          childAge: 11,
          expectedUpdatedAt: shown,
        }),
      ).rejects.toBeInstanceOf(ChangedMeanwhileError);
      const now = await getPlacementNeed(db, caller, id);
      expect(now?.childAge).toBe(10);
      await updatePlacementNeed(db, gazetteer, caller, {
        ...details("PV-T-SAMEN", "3511"),
        id,
        childAge: 11,
        expectedUpdatedAt: now?.editStamp ?? "",
      });
      expect((await getPlacementNeed(db, caller, id))?.childAge).toBe(11);
    });

    it("saves a need while the geocoder is down, and the retry job places it later, once", async () => {
      const id = await createPlacementNeed(
        db,
        down,
        region.placementWorkerT1.claims,
        details("PV-T-LATER", "3511"),
      );
      expect(await locationOf(id)).toMatchObject({
        location_status: "failed",
        school_lat: null,
        parents_lat: null,
      });
      await withService(db, (tx) =>
        tx.query(
          "update public.placement_needs set updated_at = now() - interval '5 minutes' where id = $1",
          [id],
        ),
      );
      expect(await retryNeedLocations(db, createGazetteerGeocoder())).toBe(1);
      expect(await locationOf(id)).toMatchObject({ location_status: "found", school_lat: 52.0884 });
      expect(await retryNeedLocations(db, createGazetteerGeocoder())).toBe(0);
    });

    it("writes who recorded the need to the audit log, without its content", async () => {
      const id = await createPlacementNeed(
        db,
        createGazetteerGeocoder(),
        region.placementWorkerT1.claims,
        details("PV-T-LOG", "3511"),
      );
      const [entry] = await withService(db, (tx) =>
        tx.query<{ actor_id: string; action: string; details: unknown }>(
          "select actor_id, action, details from public.audit_log where subject_id = $1",
          [id],
        ),
      );
      expect(entry).toEqual({
        actor_id: region.placementWorkerT1.id,
        action: "placement_need.created",
        details: {},
      });
    });
  });

  it("uses the location index at 10,000 households", async () => {
    await withService(db, async (tx) => {
      await tx.query(
        `insert into public.households
           (organisation_id, region_id, label, kind, status, care_forms, places_total, places_free, age_min, age_max,
            municipality, postcode4, approx_lat, approx_lng)
         select $1, $2, 'Gezin L-' || i, 'foster_family',
                case when i % 2 = 0 then 'active' else 'paused' end::public.household_status,
                '{long_term}', 2, 1, 0, 18, 'Ergens', '3511',
                50.8 + (i * 7919 % 2700) / 1000.0, 3.4 + (i * 104729 % 3800) / 1000.0
         from generate_series(1, 10000) i`,
        [region.t1, region.id],
      );
      await tx.query("analyze public.households");
    });
    // As the connection's owner: the helpers are for the definer functions only.
    const plan = await db.query<Record<string, string>>(
      `explain select h.id from public.households h
         where h.region_id = $1
           and private.earth_box_around(52.0884, 5.1175, 20000) operator(extensions.@>) private.earth_point(h.approx_lat, h.approx_lng)`,
      [region.id],
    );
    expect(plan.map((row) => Object.values(row)[0]).join("\n")).toContain("households_location_idx");
    // Matching itself reads only the households that can take a child, through their own partial index.
    const openPlan = await db.query<Record<string, string>>(
      `explain select h.id from public.households h
         where h.region_id = $1
           and private.earth_box_around(52.0884, 5.1175, 20000) operator(extensions.@>) private.earth_point(h.approx_lat, h.approx_lng)
           and h.status = 'active' and h.places_free >= 1`,
      [region.id],
    );
    expect(openPlan.map((row) => Object.values(row)[0]).join("\n")).toContain("households_open_location_idx");

    const need = await insertNeed(db, region);
    const started = performance.now();
    const candidates = await match(db, region.placementWorkerT1, need);
    const elapsed = performance.now() - started;
    expect(candidates.length).toBeGreaterThan(0);
    console.info(`${engine.name}: match_placement_need over 10,000 households in ${elapsed.toFixed(0)} ms`);
  }, 60_000);
});
