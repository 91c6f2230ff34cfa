import { describe, expect, it } from "vitest";
import { confirmHouseholdAvailability } from "../../src/server/capacity/confirm-household-availability";
import { listMyHouseholds } from "../../src/server/capacity/list-my-households";
import { listOrganisationHouseholds } from "../../src/server/capacity/list-organisation-households";
import { sendAvailabilityReminders } from "../../src/server/capacity/send-availability-reminders";
import { updateHouseholdAvailability } from "../../src/server/capacity/update-household-availability";
import { notAllowedMessage, UserFacingError } from "../../src/server/errors";
import type { Database } from "../../src/server/sql/engine";
import { withService } from "../../src/server/sql/with-user";
import { testEngines } from "../support/databases";
import {
  createUser,
  insufficientPrivilege,
  type Persona,
  type Personas,
  queryAs,
  usePersonaDatabase,
} from "./personas";

const siteUrl = "http://localhost:4321";
const day = 86_400_000;

async function stateOf(db: Database, household: string) {
  const [row] = await withService(db, (tx) =>
    tx.query<{
      places_free: number;
      status: string;
      availability_version: number;
      capacity_updated_at: Date;
      capacity_updated_by: string | null;
    }>(
      `select places_free, status::text, availability_version, capacity_updated_at, capacity_updated_by
       from public.households where id = $1`,
      [household],
    ),
  );
  return row;
}

async function ageConfirmation(db: Database, household: string, daysAgo: number): Promise<number> {
  const [row] = await withService(db, (tx) =>
    tx.query<{ availability_version: number }>(
      `update public.households set capacity_updated_at = now() - make_interval(days => $2), capacity_updated_by = null
       where id = $1 returning availability_version`,
      [household, daysAgo],
    ),
  );
  return row.availability_version;
}

const auditActions = (db: Database, household: string) =>
  withService(db, (tx) =>
    tx.query<{ action: string; details: { fields: string[]; by: string } }>(
      "select action, details from public.audit_log where subject_type = 'household' and subject_id = $1 order by id",
      [household],
    ),
  );

const remindersTo = (db: Database, email: string) =>
  withService(db, (tx) =>
    tx.query<{ kind: string }>("select kind from private.mail_outbox where to_address = $1", [email]),
  );

describe.each(testEngines)("capacity freshness on $name", (engine) => {
  let db: Database;
  let people: Personas;
  let aaldersHousehold: Persona;
  usePersonaDatabase(engine, (opened) => ({ db, people } = opened));

  const aaldersEmail = "familie.aalders@voorbeeld.test";
  const household = () => aaldersHousehold;

  it("a recruiter confirms their organisation's stale household in one step, stamped and audited", async () => {
    const version = await ageConfirmation(db, people.households.a1, 60);
    const listed = await listOrganisationHouseholds(db, people.recruiterA.claims);
    expect(listed.find((row) => row.id === people.households.a1)).toMatchObject({ stale: true, version });

    const confirmed = await confirmHouseholdAvailability(db, people.recruiterA.claims, {
      householdId: people.households.a1,
      expectedVersion: version,
    });
    const after = await stateOf(db, people.households.a1);
    expect(confirmed.version).toBe(after.availability_version);
    expect(after.capacity_updated_by).toBe(people.recruiterA.id);
    expect(Date.now() - new Date(after.capacity_updated_at).getTime()).toBeLessThan(60_000);
    expect((await auditActions(db, people.households.a1)).at(-1)).toEqual({
      action: "household.availability_confirmed",
      details: { fields: [], by: "recruiter" },
    });
    const relisted = await listOrganisationHouseholds(db, people.recruiterA.claims);
    expect(relisted.find((row) => row.id === people.households.a1)?.stale).toBe(false);
  });

  it("refuses a page that went stale, naming who changed it", async () => {
    const { availability_version: seen } = await stateOf(db, people.households.a2);
    await confirmHouseholdAvailability(db, people.recruiterA.claims, {
      householdId: people.households.a2,
      expectedVersion: seen,
    });
    await expect(
      updateHouseholdAvailability(db, people.recruiterA.claims, {
        householdId: people.households.a2,
        expectedVersion: seen,
        placesFree: 0,
        availableFrom: null,
        availableUntil: null,
        status: "active",
      }),
    ).rejects.toThrow(/^Je hebt de beschikbaarheid op .* al bijgewerkt/);
    expect((await stateOf(db, people.households.a2)).places_free).toBe(1);
  });

  it("a recruiter of another organisation cannot confirm or change organisation A's household", async () => {
    const { availability_version: version } = await stateOf(db, people.households.a1);
    const refusal = new UserFacingError(notAllowedMessage);
    await expect(
      confirmHouseholdAvailability(db, people.recruiterB.claims, {
        householdId: people.households.a1,
        expectedVersion: version,
      }),
    ).rejects.toEqual(refusal);
    await expect(
      queryAs(
        db,
        people.recruiterB,
        "select app.update_household_availability($1, $2, 0, null, null, 'paused')",
        [people.households.a1, version],
      ),
    ).rejects.toMatchObject(insufficientPrivilege);
    // Neither may a placement worker of the region, who sees the household, nor an admin.
    for (const other of [people.placementWorkerA, people.adminA]) {
      await expect(
        queryAs(db, other, "select app.confirm_household_availability($1, $2)", [
          people.households.a1,
          version,
        ]),
      ).rejects.toMatchObject(insufficientPrivilege);
    }
    expect((await stateOf(db, people.households.a1)).availability_version).toBe(version);
  });

  describe("the household itself", () => {
    it("is linked by its contact address and sees only its own household", async () => {
      aaldersHousehold = await createUser(db, aaldersEmail);
      const mine = await listMyHouseholds(db, household().claims);
      expect(mine.map((row) => row.label)).toEqual(["Gezin A-101"]);
      expect(mine[0]).toMatchObject({ organisationName: expect.any(String), confirmEveryWeeks: 6 });
      // An applicant with another address has no household.
      expect(await listMyHouseholds(db, people.applicant.claims)).toEqual([]);
    });

    it("changes its own availability; the audit log names the fields, not the values", async () => {
      const { availability_version: version } = await stateOf(db, people.households.a1);
      await updateHouseholdAvailability(db, household().claims, {
        householdId: people.households.a1,
        expectedVersion: version,
        placesFree: 2,
        availableFrom: "2027-01-10",
        availableUntil: null,
        status: "paused",
      });
      const after = await stateOf(db, people.households.a1);
      expect(after).toMatchObject({ places_free: 2, status: "paused", capacity_updated_by: household().id });
      expect((await auditActions(db, people.households.a1)).at(-1)).toEqual({
        action: "household.availability_changed",
        details: { fields: ["places_free", "available_from", "status"], by: "household" },
      });
    });

    it("cannot confirm another household, even one whose id it knows", async () => {
      const { availability_version: version } = await stateOf(db, people.households.b1);
      await expect(
        confirmHouseholdAvailability(db, household().claims, {
          householdId: people.households.b1,
          expectedVersion: version,
        }),
      ).rejects.toEqual(new UserFacingError(notAllowedMessage));
    });

    it("an unconfirmed account with the household's address gets nothing", async () => {
      const unconfirmed = await withService(db, (tx) =>
        tx.query<{ id: string }>(
          "insert into auth.users (email) values ('familie.bakker@voorbeeld.test') returning id",
        ),
      );
      const claims = {
        sub: unconfirmed[0].id,
        email: "familie.bakker@voorbeeld.test",
        role: "authenticated" as const,
      };
      expect(await listMyHouseholds(db, claims)).toEqual([]);
    });

    it("refuses more free places than the household has, at the field", async () => {
      const { availability_version: version } = await stateOf(db, people.households.a1);
      await expect(
        updateHouseholdAvailability(db, household().claims, {
          householdId: people.households.a1,
          expectedVersion: version,
          placesFree: 5,
          availableFrom: null,
          availableUntil: null,
          status: "active",
        }),
      ).rejects.toMatchObject({ field: "placesFree" });
      // A household may pause itself, but setting it inactive stays with the organisation.
      await expect(
        queryAs(
          db,
          household(),
          "select app.update_household_availability($1, $2, 1, null, null, 'inactive')",
          [people.households.a1, version],
        ),
      ).rejects.toMatchObject({ code: "OH422", detail: "status_not_allowed" });
    });
  });

  describe("reminders", () => {
    it("mail a household once per period of N weeks without confirmation, however often the job runs", async () => {
      await ageConfirmation(db, people.households.a1, 50);
      await ageConfirmation(db, people.households.b1, 10);
      const before = (await remindersTo(db, aaldersEmail)).length;

      const [first, second] = await Promise.all([
        sendAvailabilityReminders(db, siteUrl),
        sendAvailabilityReminders(db, siteUrl),
      ]);
      const third = await sendAvailabilityReminders(db, siteUrl);
      expect([first + second, third]).toEqual([1, 0]);
      const mails = await remindersTo(db, aaldersEmail);
      expect(mails.slice(before).map((mail) => mail.kind)).toEqual(["availability_reminder"]);
      // Gezin B-201 confirmed 10 days ago: not due.
      expect(await remindersTo(db, "familie.bakker@voorbeeld.test")).toEqual([]);

      // Six weeks later, still unconfirmed: the next period, one more mail.
      await sendAvailabilityReminders(db, siteUrl, new Date(Date.now() + 42 * day));
      await sendAvailabilityReminders(db, siteUrl, new Date(Date.now() + 43 * day));
      expect((await remindersTo(db, aaldersEmail)).length - before).toBe(2);
    });

    it("follow the organisation's own period", async () => {
      await ageConfirmation(db, people.households.b1, 10);
      const before = (await remindersTo(db, "familie.bakker@voorbeeld.test")).length;
      await expect(
        queryAs(db, people.recruiterB, "select app.set_capacity_confirm_weeks($1, 1)", [
          people.organisations.b,
        ]),
      ).rejects.toMatchObject(insufficientPrivilege);
      await withService(db, (tx) =>
        tx.query(
          "insert into public.capacity_settings (organisation_id, confirm_every_weeks) values ($1, 1)",
          [people.organisations.b],
        ),
      );
      await sendAvailabilityReminders(db, siteUrl);
      expect((await remindersTo(db, "familie.bakker@voorbeeld.test")).length - before).toBe(1);
    });
  });
});
