import { describe, expect, it } from "vitest";
import { exportSupplyAndDemand } from "../../src/server/placement/export-supply-and-demand";
import { getRegionalOverview } from "../../src/server/placement/get-regional-overview";
import type { Database } from "../../src/server/sql/engine";
import { withService } from "../../src/server/sql/with-user";
import { testEngines } from "../support/databases";
import { insufficientPrivilege, type Personas, queryAs, usePersonaDatabase } from "./personas";

const day = 86_400_000;

/** A need of organisation A placed with a household through the workflow's tables, `waitedDays` after it was made. */
async function placedNeed(
  db: Database,
  people: Personas,
  fixture: {
    reference: string;
    household: string;
    parents: [number, number];
    maxDistanceKm: number;
    waitedDays: number;
  },
) {
  await withService(db, (tx) =>
    tx.query(
      `with need as (
         insert into public.placement_needs
           (organisation_id, region_id, reference, child_age, urgency, start_date, care_form, status,
            parents_postcode4, parents_lat, parents_lng, max_distance_km, created_at)
         values ($1, $2, $3, 7, 'regular', current_date, 'long_term', 'placed', '3511', $4, $5, $6,
                 now() - make_interval(days => $8))
         returning id, organisation_id),
       proposal as (
         insert into public.placement_proposals
           (need_id, household_id, proposing_organisation_id, owning_organisation_id, status, proposed_at, answered_at)
         select need.id, h.id, need.organisation_id, h.organisation_id, 'accepted', now(), now()
         from need, public.households h where h.id = $7
         returning id, need_id, household_id)
       insert into public.placements (proposal_id, need_id, household_id, places)
       select id, need_id, household_id, 1 from proposal`,
      [
        people.organisations.a,
        people.regions.utrecht,
        fixture.reference,
        fixture.parents[0],
        fixture.parents[1],
        fixture.maxDistanceKm,
        fixture.household,
        fixture.waitedDays,
      ],
    ),
  );
}

describe.each(testEngines)("the regional placement overview on $name", (engine) => {
  let db: Database;
  let people: Personas;
  usePersonaDatabase(engine, (opened) => ({ db, people } = opened));

  it("sets free places against open needs of every organisation in the region, per municipality and care form", async () => {
    const overview = await getRegionalOverview(db, people.placementWorkerA.claims, null);
    expect(overview?.region.id).toBe(people.regions.utrecht);
    const row = (municipality: string, careForm: string) =>
      overview?.supplyAndDemand.find(
        (found) => found.municipality === municipality && found.careForm === careForm,
      );
    // Gezin in Utrecht, B-201 in Zeist; each offers long and short term with one free place.
    expect(row("Utrecht", "long_term")).toMatchObject({ households: 2, freePlaces: 2, openNeeds: 0 });
    expect(row("Zeist", "short_term")).toMatchObject({ households: 1, freePlaces: 1 });
    // PV-A-0001 (own organisation) and PV-B-0001 (another's) both count, without a location.
    expect(row("Onbekend", "long_term")).toMatchObject({ openNeeds: 2, children: 2, freePlaces: 0 });
    // Arnhem is in another region.
    expect(overview?.supplyAndDemand.some((found) => found.municipality === "Arnhem")).toBe(false);
    expect(overview?.waiting.find((found) => found.careForm === null)).toMatchObject({
      openNeeds: 2,
      longestDays: 0,
    });
  });

  it("counts placements outside the region and further than the child's maximum distance", async () => {
    // Parents in Utrecht; B-201 in Zeist is ~7.5 km away, C-301 in Arnhem ~60 km and in another region.
    await placedNeed(db, people, {
      reference: "PV-A-0101",
      household: people.households.b1,
      parents: [52.09, 5.12],
      maxDistanceKm: 5,
      waitedDays: 10,
    });
    await placedNeed(db, people, {
      reference: "PV-A-0102",
      household: people.households.c1,
      parents: [52.09, 5.12],
      maxDistanceKm: 100,
      waitedDays: 20,
    });
    await placedNeed(db, people, {
      reference: "PV-A-0103",
      household: people.households.a2,
      parents: [52.09, 5.12],
      maxDistanceKm: 20,
      waitedDays: 30,
    });
    const overview = await getRegionalOverview(db, people.placementWorkerA.claims, null);
    expect(overview?.closeToHome.find((row) => row.careForm === null)).toEqual({
      careForm: null,
      placed: 3,
      outsideRegion: 1,
      beyondMaxDistance: 1,
      distanceUnknown: 0,
      medianDaysToPlacement: 20,
    });
    // A year later these placements have left the window.
    const later = await getRegionalOverview(
      db,
      people.placementWorkerA.claims,
      null,
      new Date(Date.now() + 400 * day),
    );
    expect(later?.closeToHome.find((row) => row.careForm === null)?.placed ?? 0).toBe(0);
  });

  it("gives the region's figures only to its placement workers and admins", async () => {
    for (const outsider of [people.placementWorkerC, people.recruiterA, people.applicant]) {
      for (const figures of [
        "region_open_needs($1)",
        "region_placements_close_to_home($1, now())",
        "region_free_places($1)",
      ]) {
        await expect(
          queryAs(db, outsider, `select * from app.${figures}`, [people.regions.utrecht]),
        ).rejects.toMatchObject(insufficientPrivilege);
      }
    }
    // Asking for another region shows one's own.
    const own = await getRegionalOverview(db, people.placementWorkerC.claims, people.regions.utrecht);
    expect(own?.region.id).toBe(people.regions.gelderland);
    expect(await getRegionalOverview(db, people.recruiterA.claims, null)).toBeUndefined();
  });

  it("shows an admin of an organisation in the region the same counts, every organisation's households included", async () => {
    const forPlacementWorker = await getRegionalOverview(db, people.placementWorkerA.claims, null);
    const forAdmin = await getRegionalOverview(db, people.adminA.claims, null);
    expect(forAdmin?.region.id).toBe(people.regions.utrecht);
    expect(forAdmin?.supplyAndDemand).toEqual(forPlacementWorker?.supplyAndDemand);
    // B-201 in Zeist belongs to Jeugdzorg B: counted, though admin A cannot read the household itself.
    expect(forAdmin?.supplyAndDemand.find((row) => row.municipality === "Zeist")).toMatchObject({
      households: 1,
    });
    expect(
      await queryAs(db, people.adminA, "select id from public.households where id = $1", [
        people.households.b1,
      ]),
    ).toEqual([]);
    // Other organisations' needs only as counts: admin A reads no need row, not even its own organisation's.
    expect(await queryAs(db, people.adminA, "select id from public.placement_needs")).toEqual([]);
    // Another region's figures stay closed.
    await expect(
      queryAs(db, people.adminA, "select * from app.region_free_places($1)", [people.regions.gelderland]),
    ).rejects.toMatchObject(insufficientPrivilege);
  });

  it("exports the table as CSV and records the download in the audit log", async () => {
    const exported = await exportSupplyAndDemand(db, people.placementWorkerA.claims, null);
    const lines = exported?.csv.trim().split("\r\n") ?? [];
    expect(lines[0]).toBe(
      "Gemeente;Zorgvorm;Gezinnen met vrije plek;Vrije plekken;Waarvan niet bevestigd;Open plaatsingsvragen;Kinderen",
    );
    expect(lines).toContain("Utrecht;Langdurig;2;2;0;0;0");
    const [logged] = await withService(db, (tx) =>
      tx.query<{ actor_id: string; organisation_id: string; details: { rows: number } }>(
        "select actor_id, organisation_id, details from public.audit_log where action = 'report.exported'",
      ),
    );
    expect(logged).toEqual({
      actor_id: people.placementWorkerA.id,
      organisation_id: people.organisations.a,
      details: { rows: lines.length - 1 },
    });
  });

  it("has nothing to export, and logs nothing, when the region has no free places and no open needs", async () => {
    await withService(db, (tx) =>
      tx.query("update public.households set places_free = 0 where id = $1", [people.households.c1]),
    );
    expect(await exportSupplyAndDemand(db, people.placementWorkerC.claims, null)).toBeUndefined();
    const logged = await withService(db, (tx) =>
      tx.query("select 1 from public.audit_log where action = 'report.exported' and organisation_id = $1", [
        people.organisations.c,
      ]),
    );
    expect(logged).toEqual([]);
  });
});
