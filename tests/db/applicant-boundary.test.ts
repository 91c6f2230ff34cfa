import { describe, expect, it } from "vitest";
import { parsePipelineFilters } from "../../src/domain/applications/pipeline-filters";
import type { Applicant } from "../../src/server/applications/applicant";
import { getMyApplication } from "../../src/server/applications/get-my-application";
import { listPipeline } from "../../src/server/applications/list-pipeline";
import { locateApplication } from "../../src/server/applications/locate-application";
import { saveApplicationStep } from "../../src/server/applications/save-application-step";
import { startApplication } from "../../src/server/applications/start-application";
import { submitApplication } from "../../src/server/applications/submit-application";
import { updateContactDetails } from "../../src/server/applications/update-contact-details";
import { completeSignIn } from "../../src/server/auth/complete-sign-in";
import { UserFacingError } from "../../src/server/errors";
import { createGazetteerGeocoder } from "../../src/server/geocode/gazetteer";
import type { Database } from "../../src/server/sql/engine";
import { withService, withUser } from "../../src/server/sql/with-user";
import {
  aboutYou,
  completeDraft,
  myApplicationUrl,
  noSource,
  visitor,
  visitorKey,
} from "../support/applicant-fixtures";
import { testEngines } from "../support/databases";
import { createUser, insufficientPrivilege, type Personas, queryAs, usePersonaDatabase } from "./personas";

/** What a recruiter sees first at /werving: the open applications on the board. */
const openBoard = parsePipelineFilters(new URLSearchParams()).filters;

const signedIn = (persona: { claims: Applicant["claims"] }): Applicant => ({
  claims: persona.claims,
  draftToken: undefined,
});

const stored = async (db: Database, email: string) => {
  const [row] = await withService(db, (tx) =>
    tx.query<{
      id: string;
      postcode: string | null;
      phone: string | null;
      date_of_birth: string;
      status: string;
      updated_at: Date;
    }>(
      "select id, postcode, phone, date_of_birth::text, status, updated_at from public.applications where email = $1",
      [email],
    ),
  );
  return row;
};

describe.each(testEngines)("the applicant's boundary on $name", (engine) => {
  let db: Database;
  let people: Personas;
  usePersonaDatabase(engine, (opened) => ({ db, people } = opened));

  describe("a draft token", () => {
    it("opens nothing once the owner of the address signed in: the other browser can neither read nor change it", async () => {
      const email = "slachtoffer@example.nl";
      const attacker = visitor();
      await startApplication(db, attacker, aboutYou(email), noSource, visitorKey(), myApplicationUrl);
      expect((await getMyApplication(db, attacker))?.email).toBe(email);

      const victim = await createUser(db, email);
      await completeSignIn(db, victim.claims);
      await completeDraft(db, signedIn(victim));
      await submitApplication(db, signedIn(victim), "http://localhost/mijn");

      expect(await getMyApplication(db, attacker)).toBeUndefined();
      await expect(
        saveApplicationStep(db, attacker, { key: "address", postcode: "9999ZZ", houseNumber: "1" }),
      ).rejects.toBeInstanceOf(UserFacingError);
      const attackerClaims = { role: "anon" as const, draft_token: attacker.draftToken };
      const changed = await withUser(db, attackerClaims, (tx) =>
        tx.query("update public.applications set postcode = '9999ZZ' returning id"),
      );
      expect(changed).toEqual([]);
      const after = await stored(db, email);
      expect(after).toMatchObject({ postcode: "3512JK", status: "submitted" });
    });

    it("ends when the application is claimed, even before it is sent", async () => {
      const email = "geclaimd@example.nl";
      const attacker = visitor();
      await startApplication(db, attacker, aboutYou(email), noSource, visitorKey(), myApplicationUrl);
      const { id } = (await getMyApplication(db, attacker)) ?? { id: "" };
      const owner = await createUser(db, email);
      await queryAs(db, owner, "select app.claim_my_application()");

      expect(await getMyApplication(db, attacker)).toBeUndefined();
      await expect(
        withUser(db, { role: "anon", draft_token: attacker.draftToken }, (tx) =>
          tx.query("select app.submit_application($1, '2026-11')", [id]),
        ),
      ).rejects.toMatchObject(insufficientPrivilege);
      const [row] = await withService(db, (tx) =>
        tx.query("select draft_token_hash from public.applications where id = $1", [id]),
      );
      expect(row).toEqual({ draft_token_hash: null });
    });

    it("never opens a draft that has an owner, whatever the stored hash says", async () => {
      const email = "eigenaar@example.nl";
      const holder = visitor();
      await startApplication(db, holder, aboutYou(email), noSource, visitorKey(), myApplicationUrl);
      const owner = await createUser(db, email);
      // As if an older version had linked the account but kept the hash.
      await withService(db, (tx) =>
        tx.query("update public.applications set user_id = $2 where email = $1", [email, owner.id]),
      );
      expect(await getMyApplication(db, holder)).toBeUndefined();
      const rows = await withUser(db, { role: "anon", draft_token: holder.draftToken }, (tx) =>
        tx.query("select id from public.applications"),
      );
      expect(rows).toEqual([]);
    });
  });

  describe("staff", () => {
    it("see an application of their organisation once it is sent, not while it is a draft", async () => {
      const applicant = visitor();
      await startApplication(
        db,
        applicant,
        aboutYou("nog-niet-verstuurd@example.nl"),
        noSource,
        visitorKey(),
        myApplicationUrl,
      );
      await completeDraft(db, applicant);
      const { id } = (await getMyApplication(db, applicant)) ?? { id: "" };
      await locateApplication(db, createGazetteerGeocoder(), id);

      const seenByRecruiter = () =>
        queryAs(db, people.recruiterA, "select id from public.applications where id = $1", [id]);
      expect(await seenByRecruiter()).toEqual([]);
      expect(
        (await listPipeline(db, people.recruiterA.claims, openBoard)).items.map((a) => a.id),
      ).not.toContain(id);

      await submitApplication(db, applicant, "http://localhost/mijn");
      expect(await seenByRecruiter()).toHaveLength(1);
      expect((await listPipeline(db, people.recruiterA.claims, openBoard)).items.map((a) => a.id)).toContain(
        id,
      );
    });
  });

  describe("starting", () => {
    it("answers twenty parallel starts with one address without an error, and keeps one application", async () => {
      const email = "tegelijk@example.nl";
      const outcomes = await Promise.all(
        Array.from({ length: 20 }, () =>
          startApplication(db, visitor(), aboutYou(email), noSource, visitorKey(), myApplicationUrl).then(
            (started) => started.outcome,
          ),
        ),
      );
      expect(outcomes.filter((outcome) => outcome === "created")).toHaveLength(1);
      expect(outcomes.filter((outcome) => outcome === "exists")).toHaveLength(19);

      const sameBrowser = visitor();
      const again = await Promise.all(
        Array.from({ length: 20 }, () =>
          startApplication(
            db,
            sameBrowser,
            aboutYou("dubbelklik@example.nl"),
            noSource,
            visitorKey(),
            myApplicationUrl,
          ).then((started) => started.outcome),
        ),
      );
      expect(again.filter((outcome) => outcome === "created")).toHaveLength(1);
      expect(again.filter((outcome) => outcome === "continued")).toHaveLength(19);
      const [{ count }] = await withService(db, (tx) =>
        tx.query<{ count: number }>(
          "select count(*)::int as count from public.applications where email in ('tegelijk@example.nl', 'dubbelklik@example.nl')",
        ),
      );
      expect(count).toBe(2);
    });

    it("lets one browser start again with another address: the earlier draft stays, closed to it", async () => {
      const browser = visitor();
      const first = await startApplication(
        db,
        browser,
        aboutYou("eerst@example.nl"),
        noSource,
        visitorKey(),
        myApplicationUrl,
      );
      const second = await startApplication(
        db,
        browser,
        aboutYou("daarna@example.nl"),
        noSource,
        visitorKey(),
        myApplicationUrl,
      );
      expect([first.outcome, second.outcome]).toEqual(["created", "created"]);

      const opened = await withUser(db, { role: "anon", draft_token: browser.draftToken }, (tx) =>
        tx.query<{ email: string }>("select email from public.applications"),
      );
      expect(opened.map((row) => row.email)).toEqual(["daarna@example.nl"]);
      expect(await stored(db, "eerst@example.nl")).toBeDefined();
    });

    it("counts starts per visitor in the database, in the same transaction, and answers too_many past 30 an hour", async () => {
      const network = visitorKey();
      const outcomes: string[] = [];
      for (let i = 0; i < 31; i++) {
        const started = await startApplication(
          db,
          visitor(),
          aboutYou(`start${i}@example.nl`),
          noSource,
          network,
          myApplicationUrl,
        );
        outcomes.push(started.outcome);
      }
      expect(outcomes.slice(0, 30).every((outcome) => outcome === "created")).toBe(true);
      expect(outcomes[30]).toBe("too_many");
      expect(await stored(db, "start30@example.nl")).toBeUndefined();
    });
  });

  describe("after submission", () => {
    it("the applicant cannot change their birth date or address directly; contact details go through a logged function", async () => {
      const email = "na-versturen@example.nl";
      const owner = await createUser(db, email);
      await startApplication(db, signedIn(owner), aboutYou(email), noSource, visitorKey(), myApplicationUrl);
      await completeDraft(db, signedIn(owner));
      await submitApplication(db, signedIn(owner), "http://localhost/mijn");
      const before = await stored(db, email);

      const changed = await queryAs(
        db,
        owner,
        "update public.applications set date_of_birth = '2010-01-01', postcode = '9999ZZ' returning id",
      );
      expect(changed).toEqual([]);
      await expect(
        queryAs(db, owner, "update public.applications set updated_at = now() - interval '1 year'"),
      ).rejects.toMatchObject(insufficientPrivilege);

      await updateContactDetails(db, owner.claims, {
        firstName: "Sanne",
        lastName: "de Vries",
        phone: "0687654321",
      });
      const after = await stored(db, email);
      expect(after).toMatchObject({
        date_of_birth: before.date_of_birth,
        postcode: "3512JK",
        phone: "0687654321",
      });
      const log = await withService(db, (tx) =>
        tx.query<{ actor_id: string; details: { fields: string[] } }>(
          "select actor_id, details from public.audit_log where action = 'application.contact_details_changed' and subject_id = $1",
          [before.id],
        ),
      );
      expect(log).toEqual([{ actor_id: owner.id, details: { fields: ["phone"] } }]);
    });
  });

  describe("who made a row, and when", () => {
    it("is filled in for staff's evenings, households and placement needs, and cannot be set by them", async () => {
      const recruiter = people.recruiterA;
      await expect(
        queryAs(
          db,
          recruiter,
          `insert into public.information_evenings
             (organisation_id, region_id, title, starts_at, ends_at, location_name, location_city, capacity, created_by)
           values ($1, $2, 'Avond', now() + interval '2 days', now() + interval '2 days 2 hours', 'Zaal', 'Utrecht', 10, $3)`,
          [people.organisations.a, people.regions.utrecht, people.adminA.id],
        ),
      ).rejects.toMatchObject(insufficientPrivilege);
      const [{ id: eveningId }] = await queryAs<{ id: string }>(
        db,
        recruiter,
        `insert into public.information_evenings
           (organisation_id, region_id, title, starts_at, ends_at, location_name, location_city, capacity)
         values ($1, $2, 'Avond', now() + interval '2 days', now() + interval '2 days 2 hours', 'Zaal', 'Utrecht', 10)
         returning id`,
        [people.organisations.a, people.regions.utrecht],
      );
      const [evening] = await withService(db, (tx) =>
        tx.query<{ id: string; created_by: string }>(
          "select id, created_by from public.information_evenings where id = $1",
          [eveningId],
        ),
      );
      expect(evening.created_by).toBe(recruiter.id);
      await expect(
        queryAs(
          db,
          recruiter,
          "update public.information_evenings set updated_at = '2001-01-01' where id = $1",
          [evening.id],
        ),
      ).rejects.toMatchObject(insufficientPrivilege);

      for (const assignment of [
        `capacity_updated_by = '${people.adminA.id}'`,
        "capacity_updated_at = '2001-01-01'",
        "created_at = '2001-01-01'",
      ]) {
        await expect(
          queryAs(db, recruiter, `update public.households set ${assignment} where id = $1`, [
            people.households.a1,
          ]),
        ).rejects.toMatchObject(insufficientPrivilege);
      }
      await withService(db, (tx) =>
        tx.query(
          "update public.households set capacity_updated_at = '2001-01-01', capacity_updated_by = null where id = $1",
          [people.households.a1],
        ),
      );
      await queryAs(db, recruiter, "update public.households set places_free = 0 where id = $1", [
        people.households.a1,
      ]);
      const [household] = await withService(db, (tx) =>
        tx.query<{ capacity_updated_by: string; capacity_updated_at: Date }>(
          "select capacity_updated_by, capacity_updated_at from public.households where id = $1",
          [people.households.a1],
        ),
      );
      expect(household.capacity_updated_by).toBe(recruiter.id);
      expect(Date.now() - new Date(household.capacity_updated_at).getTime()).toBeLessThan(60_000);

      const worker = people.placementWorkerA;
      await expect(
        queryAs(db, worker, "update public.placement_needs set created_by = $2 where id = $1", [
          people.placementNeeds.a,
          people.adminA.id,
        ]),
      ).rejects.toMatchObject(insufficientPrivilege);
      const [need] = await queryAs<{ created_by: string }>(
        db,
        worker,
        `insert into public.placement_needs
           (organisation_id, region_id, reference, child_age, urgency, start_date, care_form)
         values ($1, $2, 'PV-A-0099', 7, 'regular', current_date + 10, 'short_term') returning created_by`,
        [people.organisations.a, people.regions.utrecht],
      );
      expect(need.created_by).toBe(worker.id);
    });
  });
});
