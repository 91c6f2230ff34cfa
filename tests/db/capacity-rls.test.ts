import { describe, expect, it } from "vitest";
import type { Database } from "../../src/server/sql/engine";
import { withService } from "../../src/server/sql/with-user";
import { testEngines } from "../support/databases";
import {
  type Caller,
  insufficientPrivilege,
  type Personas,
  queryAs,
  sorted,
  tryAs,
  usePersonaDatabase,
  visibleIds,
} from "./personas";

const newHousehold = `
  insert into public.households
    (organisation_id, region_id, label, kind, care_forms, places_total, places_free, age_min, age_max,
     municipality, postcode4, approx_lat, approx_lng)
  values ($1, $2, 'Gezin nieuw', 'support_family', '{part_time}', 1, 1, 4, 12, 'Utrecht', '3511', 52.09, 5.12)
  returning id`;

const newPlacementNeed = `
  insert into public.placement_needs
    (organisation_id, region_id, reference, child_age, urgency, start_date, care_form)
  values ($1, $2, $3, 14, 'crisis_today', current_date, 'crisis')
  returning id`;

describe.each(testEngines)("capacity and placement needs on $name", (engine) => {
  let db: Database;
  let people: Personas;
  usePersonaDatabase(engine, (opened) => ({ db, people } = opened));

  describe("households (capacity)", () => {
    it("placement workers see the capacity of every organisation in their region", async () => {
      const utrechtCapacity = sorted([people.households.a1, people.households.a2, people.households.b1]);
      expect(await visibleIds(db, people.placementWorkerA, "public.households")).toEqual(utrechtCapacity);
      expect(await visibleIds(db, people.placementWorkerB, "public.households")).toEqual(utrechtCapacity);
    });

    it("a placement worker in another region sees none of this region's capacity", async () => {
      expect(await visibleIds(db, people.placementWorkerC, "public.households")).toEqual([
        people.households.c1,
      ]);
    });

    it("a recruiter sees only their own organisation's households", async () => {
      expect(await visibleIds(db, people.recruiterA, "public.households")).toEqual(
        sorted([people.households.a1, people.households.a2]),
      );
      expect(await visibleIds(db, people.recruiterB, "public.households")).toEqual([people.households.b1]);
    });

    it("an admin sees only their own organisation's households", async () => {
      expect(await visibleIds(db, people.adminA, "public.households")).toEqual(
        sorted([people.households.a1, people.households.a2]),
      );
    });

    it("a signed-in person without a staff role sees no households", async () => {
      expect(await visibleIds(db, people.applicant, "public.households")).toEqual([]);
    });

    const updatePlacesFree = (caller: Caller, household: string) =>
      tryAs(db, caller, (tx) =>
        tx.query<{ id: string }>("update public.households set places_free = 0 where id = $1 returning id", [
          household,
        ]),
      );

    it("a recruiter updates their own organisation's capacity", async () => {
      expect(await updatePlacesFree(people.recruiterA, people.households.a1)).toEqual([
        { id: people.households.a1 },
      ]);
    });

    it("a recruiter cannot update another organisation's capacity", async () => {
      expect(await updatePlacesFree(people.recruiterA, people.households.b1)).toEqual([]);
      const [household] = await withService(db, (tx) =>
        tx.query<{ places_free: number }>("select places_free from public.households where id = $1", [
          people.households.b1,
        ]),
      );
      expect(household.places_free).toBe(1);
    });

    it("a placement worker reads capacity but cannot change it", async () => {
      expect(await updatePlacesFree(people.placementWorkerA, people.households.a1)).toEqual([]);
      expect(await updatePlacesFree(people.placementWorkerB, people.households.a1)).toEqual([]);
    });

    it("a recruiter cannot hand a household over to another organisation", async () => {
      await expect(
        tryAs(db, people.recruiterA, (tx) =>
          tx.query("update public.households set organisation_id = $2 where id = $1", [
            people.households.a1,
            people.organisations.b,
          ]),
        ),
      ).rejects.toMatchObject(insufficientPrivilege);
    });

    it("a recruiter cannot move a household into another region, where other placement workers would see it", async () => {
      await expect(
        tryAs(db, people.recruiterA, (tx) =>
          tx.query("update public.households set region_id = $2 where id = $1", [
            people.households.a1,
            people.regions.gelderland,
          ]),
        ),
      ).rejects.toThrow();
    });

    it("a recruiter records new capacity for their own organisation only", async () => {
      const recorded = await tryAs(db, people.recruiterA, (tx) =>
        tx.query(newHousehold, [people.organisations.a, people.regions.utrecht]),
      );
      expect(recorded).toHaveLength(1);
      await expect(
        tryAs(db, people.recruiterA, (tx) =>
          tx.query(newHousehold, [people.organisations.b, people.regions.utrecht]),
        ),
      ).rejects.toMatchObject(insufficientPrivilege);
    });

    it("a placement worker cannot record capacity", async () => {
      await expect(
        tryAs(db, people.placementWorkerA, (tx) =>
          tx.query(newHousehold, [people.organisations.a, people.regions.utrecht]),
        ),
      ).rejects.toMatchObject(insufficientPrivilege);
    });

    it("nobody removes a household through the API; it is paused or made inactive instead", async () => {
      await expect(
        tryAs(db, people.adminA, (tx) =>
          tx.query("delete from public.households where id = $1", [people.households.a1]),
        ),
      ).rejects.toMatchObject(insufficientPrivilege);
    });
  });

  describe("household addresses", () => {
    it.each([
      ["placement worker of the same organisation", (p: Personas) => p.placementWorkerA],
      ["placement worker of another organisation in the region", (p: Personas) => p.placementWorkerB],
      ["recruiter of the household's organisation", (p: Personas) => p.recruiterA],
      ["admin of the household's organisation", (p: Personas) => p.adminA],
      ["anonymous visitor", () => null],
    ])("a %s cannot read any exact address", async (_who, pick) => {
      await expect(
        queryAs(db, pick(people), "select postcode, house_number from private.household_addresses"),
      ).rejects.toMatchObject(insufficientPrivilege);
    });

    it("only the service reads exact addresses", async () => {
      const rows = await withService(db, (tx) =>
        tx.query<{ household_id: string }>("select household_id from private.household_addresses"),
      );
      expect(rows.map((row) => row.household_id).sort()).toEqual(sorted(Object.values(people.households)));
    });
  });

  describe("placement needs", () => {
    it("a placement worker sees only their own organisation's placement needs", async () => {
      expect(await visibleIds(db, people.placementWorkerA, "public.placement_needs")).toEqual([
        people.placementNeeds.a,
      ]);
      expect(await visibleIds(db, people.placementWorkerB, "public.placement_needs")).toEqual([
        people.placementNeeds.b,
      ]);
      expect(await visibleIds(db, people.placementWorkerC, "public.placement_needs")).toEqual([]);
    });

    it("recruiters, admins and people without a role see no placement needs", async () => {
      for (const caller of [people.recruiterA, people.recruiterB, people.adminA, people.applicant]) {
        expect(await visibleIds(db, caller, "public.placement_needs"), caller.email).toEqual([]);
      }
    });

    it("an anonymous visitor cannot read placement needs at all", async () => {
      await expect(queryAs(db, null, "select * from public.placement_needs")).rejects.toMatchObject(
        insufficientPrivilege,
      );
    });

    it("a placement worker records a placement need for their own organisation", async () => {
      const recorded = await tryAs(db, people.placementWorkerA, (tx) =>
        tx.query(newPlacementNeed, [people.organisations.a, people.regions.utrecht, "PV-A-0002"]),
      );
      expect(recorded).toHaveLength(1);
    });

    it("a placement worker cannot record a placement need for another organisation", async () => {
      await expect(
        tryAs(db, people.placementWorkerA, (tx) =>
          tx.query(newPlacementNeed, [people.organisations.b, people.regions.utrecht, "PV-B-0002"]),
        ),
      ).rejects.toMatchObject(insufficientPrivilege);
    });

    it("a recruiter cannot record a placement need", async () => {
      await expect(
        tryAs(db, people.recruiterA, (tx) =>
          tx.query(newPlacementNeed, [people.organisations.a, people.regions.utrecht, "PV-A-0003"]),
        ),
      ).rejects.toMatchObject(insufficientPrivilege);
    });

    it("a placement worker cannot change another organisation's placement need", async () => {
      const updated = await tryAs(db, people.placementWorkerA, (tx) =>
        tx.query("update public.placement_needs set status = 'cancelled' where id = $1 returning id", [
          people.placementNeeds.b,
        ]),
      );
      expect(updated).toEqual([]);
    });

    it("a placement worker cannot move their placement need to another organisation", async () => {
      await expect(
        tryAs(db, people.placementWorkerA, (tx) =>
          tx.query("update public.placement_needs set organisation_id = $2 where id = $1", [
            people.placementNeeds.a,
            people.organisations.b,
          ]),
        ),
      ).rejects.toMatchObject(insufficientPrivilege);
    });
  });
});
