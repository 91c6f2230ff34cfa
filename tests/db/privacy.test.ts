import { beforeAll, describe, expect, it } from "vitest";
import { parsePipelineFilters } from "../../src/domain/applications/pipeline-filters";
import { listPipeline } from "../../src/server/applications/list-pipeline";
import { withdrawMyApplication } from "../../src/server/applications/withdraw-my-application";
import { notAllowedMessage } from "../../src/server/errors";
import { listEveningRegistrations } from "../../src/server/evenings/list-evening-registrations";
import { applyRetention } from "../../src/server/privacy/apply-retention";
import { handleDeletionRequest } from "../../src/server/privacy/handle-deletion-request";
import { listDeletionRequests } from "../../src/server/privacy/list-deletion-requests";
import { notifyDeletionRequests } from "../../src/server/privacy/notify-deletion-requests";
import { updateRetentionSettings } from "../../src/server/privacy/update-retention-settings";
import type { Database } from "../../src/server/sql/engine";
import { withService, withUser } from "../../src/server/sql/with-user";
import { testEngines } from "../support/databases";
import { createUser, insufficientPrivilege, type Personas, queryAs, usePersonaDatabase } from "./personas";

/** What a recruiter sees first at /werving: the open applications on the board. */
const openBoard = parsePipelineFilters(new URLSearchParams()).filters;

const siteUrl = "https://openhuis.test";

interface ApplicationFixture {
  email: string;
  status: "draft" | "submitted" | "withdrawn" | "rejected";
  organisationId?: string | null;
  regionId?: string | null;
  userId?: string;
  /** Days since it ended (withdrawn) or was last touched. */
  daysAgo?: number;
  keepDataConsented?: boolean;
}

async function insertApplication(db: Database, fixture: ApplicationFixture): Promise<string> {
  const [row] = await withService(db, (tx) =>
    tx.query<{ id: string }>(
      `insert into public.applications
         (email, status, organisation_id, region_id, user_id, first_name, last_name, withdrawn_at, updated_at,
          keep_data_consented_at, submitted_at)
       values ($1, $2::public.application_status, $3, $4, $5, 'Sam', 'Voorbeeld',
               case when $2 = 'withdrawn' then now() - make_interval(days => $6) end,
               now() - make_interval(days => $6), case when $7 then now() - make_interval(days => $6) end,
               case when $2 = 'submitted' then now() - make_interval(days => $6) end)
       returning id`,
      [
        fixture.email,
        fixture.status,
        fixture.organisationId ?? null,
        fixture.regionId ?? null,
        fixture.userId ?? null,
        fixture.daysAgo ?? 0,
        fixture.keepDataConsented ?? false,
      ],
    ),
  );
  return row.id;
}

const applicationExists = async (db: Database, id: string) =>
  (await withService(db, (tx) => tx.query("select 1 from public.applications where id = $1", [id])))
    .length === 1;

const auditRows = (db: Database, action: string) =>
  withService(db, (tx) =>
    tx.query<{
      actor_id: string | null;
      organisation_id: string | null;
      subject_id: string | null;
      details: unknown;
    }>(
      "select actor_id, organisation_id, subject_id, details from public.audit_log where action = $1 order by id",
      [action],
    ),
  );

describe.each(testEngines)("privacy (AVG) on $name", (engine) => {
  let db: Database;
  let people: Personas;
  usePersonaDatabase(engine, (opened) => ({ db, people } = opened));

  describe("the retention job", () => {
    const ids: Record<string, string> = {};
    let evening: string;
    let firstRun: Record<string, unknown>;
    let secondRun: Record<string, unknown>;

    beforeAll(async () => {
      const { a, b } = people.organisations;
      ids.withdrawnFiveWeeksAgo = await insertApplication(db, {
        email: "vijf-weken@voorbeeld.test",
        status: "withdrawn",
        organisationId: a,
        daysAgo: 35,
      });
      ids.rejectedFiveWeeksAgo = await insertApplication(db, {
        email: "afgewezen@voorbeeld.test",
        status: "rejected",
        organisationId: a,
        daysAgo: 35,
      });
      ids.withdrawnThreeWeeksAgo = await insertApplication(db, {
        email: "drie-weken@voorbeeld.test",
        status: "withdrawn",
        organisationId: a,
        daysAgo: 21,
      });
      ids.keptWithConsent = await insertApplication(db, {
        email: "toestemming@voorbeeld.test",
        status: "withdrawn",
        organisationId: a,
        daysAgo: 200,
        keepDataConsented: true,
      });
      ids.consentExpired = await insertApplication(db, {
        email: "toestemming-verlopen@voorbeeld.test",
        status: "withdrawn",
        organisationId: a,
        daysAgo: 370,
        keepDataConsented: true,
      });
      ids.submittedLongAgo = await insertApplication(db, {
        email: "lopend@voorbeeld.test",
        status: "submitted",
        organisationId: a,
        daysAgo: 400,
      });
      // Organisation B keeps ended applications one week.
      await updateRetentionSettings(db, people.adminA.claims, a, {
        endedApplicationDays: 28,
        endedApplicationWithConsentDays: 365,
        unsentDraftDays: 90,
        pastEveningRegistrationDays: 90,
      });
      await withService(db, (tx) =>
        tx.query(
          "insert into public.retention_settings (organisation_id, ended_application_days) values ($1, 7)",
          [b],
        ),
      );
      ids.withdrawnTenDaysAgoAtB = await insertApplication(db, {
        email: "b-tien-dagen@voorbeeld.test",
        status: "withdrawn",
        organisationId: b,
        daysAgo: 10,
      });
      ids.staleDraft = await insertApplication(db, {
        email: "oud-concept@voorbeeld.test",
        status: "draft",
        daysAgo: 100,
      });
      ids.recentDraft = await insertApplication(db, {
        email: "concept@voorbeeld.test",
        status: "draft",
        daysAgo: 30,
      });
      ids.staleDraftWithEvening = await insertApplication(db, {
        email: "komt-nog@voorbeeld.test",
        status: "draft",
        organisationId: a,
        daysAgo: 100,
      });

      const [row] = await withService(db, (tx) =>
        tx.query<{ id: string }>(
          `insert into public.information_evenings
             (organisation_id, region_id, title, starts_at, ends_at, location_name, location_city, capacity)
           values ($1, $2, 'Kennismaking', now() - interval '120 days', now() - interval '120 days' + interval '2 hours',
                   'Buurthuis', 'Utrecht', 20)
           returning id`,
          [a, people.regions.utrecht],
        ),
      );
      evening = row.id;
      const [upcoming] = await withService(db, (tx) =>
        tx.query<{ id: string }>(
          `insert into public.information_evenings
             (organisation_id, region_id, title, starts_at, ends_at, location_name, location_city, capacity)
           values ($1, $2, 'Binnenkort', now() + interval '3 days', now() + interval '3 days 2 hours',
                   'Buurthuis', 'Utrecht', 20)
           returning id`,
          [a, people.regions.utrecht],
        ),
      );
      ids.neverApplied = await insertApplication(db, {
        email: "alleen-avond@voorbeeld.test",
        status: "draft",
      });
      const register = (eveningId: string, applicationId: string, email: string) =>
        withService(db, async (tx) => {
          const [registration] = await tx.query<{ id: string }>(
            `insert into public.evening_registrations (evening_id, application_id, email, first_name, status)
             values ($1, $2, $3, 'Sam', 'attended') returning id`,
            [eveningId, applicationId, email],
          );
          return registration.id;
        });
      ids.registrationNeverApplied = await register(evening, ids.neverApplied, "alleen-avond@voorbeeld.test");
      ids.registrationApplied = await register(evening, ids.submittedLongAgo, "lopend@voorbeeld.test");
      await register(upcoming.id, ids.staleDraftWithEvening, "komt-nog@voorbeeld.test");

      await withService(db, (tx) =>
        tx.query(
          `insert into private.mail_outbox (kind, to_address, subject, html, text, status, created_at)
           values ('sign_in_code', 'oude-mail@voorbeeld.test', 'Je code is 123456', '<p>123456</p>', '123456', 'sent',
                   now() - interval '8 days'),
                  ('sign_in_code', 'nieuwe-mail@voorbeeld.test', 'Je code is 654321', '<p>654321</p>', '654321', 'sent',
                   now() - interval '1 day')`,
        ),
      );

      firstRun = await applyRetention(db);
      secondRun = await applyRetention(db);
    });

    it("deletes withdrawn and rejected applicants after 4 weeks, and keeps them until then", async () => {
      expect(await applicationExists(db, ids.withdrawnFiveWeeksAgo)).toBe(false);
      expect(await applicationExists(db, ids.rejectedFiveWeeksAgo)).toBe(false);
      expect(await applicationExists(db, ids.withdrawnThreeWeeksAgo)).toBe(true);
      expect(await applicationExists(db, ids.submittedLongAgo)).toBe(true);
    });

    it("keeps them up to a year when they consented, not longer", async () => {
      expect(await applicationExists(db, ids.keptWithConsent)).toBe(true);
      expect(await applicationExists(db, ids.consentExpired)).toBe(false);
    });

    it("follows an organisation's own, shorter period", async () => {
      expect(await applicationExists(db, ids.withdrawnTenDaysAgoAtB)).toBe(false);
    });

    it("deletes drafts untouched for 90 days, unless they hold a place at an evening to come", async () => {
      expect(await applicationExists(db, ids.staleDraft)).toBe(false);
      expect(await applicationExists(db, ids.recentDraft)).toBe(true);
      expect(await applicationExists(db, ids.staleDraftWithEvening)).toBe(true);
    });

    it("deletes registrations for evenings long past of people who never applied", async () => {
      const registrations = await withService(db, (tx) =>
        tx.query<{ id: string }>("select id from public.evening_registrations where evening_id = $1", [
          evening,
        ]),
      );
      expect(registrations.map((registration) => registration.id)).toEqual([ids.registrationApplied]);
    });

    it("empties sent mail after a week, sign-in codes in subjects included", async () => {
      const mail = await withService(db, (tx) =>
        tx.query<{ to_address: string; subject: string; text: string }>(
          "select to_address, subject, text from private.mail_outbox where to_address in ($1, $2) order by to_address",
          ["nieuwe-mail@voorbeeld.test", "oude-mail@voorbeeld.test"],
        ),
      );
      expect(mail).toEqual([
        { to_address: "nieuwe-mail@voorbeeld.test", subject: "Je code is 654321", text: "654321" },
        { to_address: "oude-mail@voorbeeld.test", subject: "", text: "" },
      ]);
    });

    it("reports counts, in its answer and in the audit log, and finds nothing the second time", async () => {
      expect(firstRun).toEqual({
        ended_applications: 4,
        unsent_drafts: 1,
        evening_registrations: 1,
        scrubbed_mail: 1,
        deleted_mail: 0,
        sign_in_codes: 0,
      });
      expect(secondRun).toEqual({
        ended_applications: 0,
        unsent_drafts: 0,
        evening_registrations: 0,
        scrubbed_mail: 0,
        deleted_mail: 0,
        sign_in_codes: 0,
      });
      const logged = await auditRows(db, "retention.applied");
      expect(logged).toEqual([
        { actor_id: null, organisation_id: null, subject_id: null, details: firstRun },
      ]);
    });

    it("runs once when several servers start it at the same moment", async () => {
      const id = await insertApplication(db, {
        email: "gelijktijdig@voorbeeld.test",
        status: "withdrawn",
        daysAgo: 40,
      });
      const runs = await Promise.all([applyRetention(db), applyRetention(db), applyRetention(db)]);
      const deleted = runs.reduce((total, run) => total + ("skipped" in run ? 0 : run.ended_applications), 0);
      expect(deleted).toBe(1);
      expect(await applicationExists(db, id)).toBe(false);
    });

    it("is the service's alone", async () => {
      await expect(queryAs(db, people.adminA, "select app.apply_retention()")).rejects.toMatchObject(
        insufficientPrivilege,
      );
    });
  });

  describe("retention settings", () => {
    it("are changed by the organisation's admin, within the privacy statement's bounds", async () => {
      const { a } = people.organisations;
      const settings = {
        endedApplicationDays: 14,
        endedApplicationWithConsentDays: 180,
        unsentDraftDays: 60,
        pastEveningRegistrationDays: 30,
      };
      await updateRetentionSettings(db, people.adminA.claims, a, settings);
      const [stored] = await queryAs<{ ended_application_days: number }>(
        db,
        people.adminA,
        "select ended_application_days from public.retention_settings where organisation_id = $1",
        [a],
      );
      expect(stored.ended_application_days).toBe(14);
      await expect(
        updateRetentionSettings(db, people.adminA.claims, a, { ...settings, endedApplicationDays: 60 }),
      ).rejects.toMatchObject({ code: "23514" });
      await expect(updateRetentionSettings(db, people.recruiterA.claims, a, settings)).rejects.toThrow(
        notAllowedMessage,
      );
      expect((await auditRows(db, "retention.changed")).at(-1)).toMatchObject({
        actor_id: people.adminA.id,
        organisation_id: a,
      });
    });
  });

  describe("a deletion request", () => {
    it("reaches the organisation's admins and recruiters, in their queue and by mail", async () => {
      const { a } = people.organisations;
      const applicant = await createUser(db, "verwijder-mij@voorbeeld.test");
      await insertApplication(db, {
        email: applicant.email,
        status: "submitted",
        organisationId: a,
        regionId: people.regions.utrecht,
        userId: applicant.id,
      });
      await withUser(db, applicant.claims, (tx) =>
        tx.query("select app.request_deletion_of_my_application()"),
      );

      const queue = await listDeletionRequests(db, people.recruiterA.claims);
      expect(queue.map((request) => request.email)).toEqual([applicant.email]);
      expect(await listDeletionRequests(db, people.adminA.claims)).toHaveLength(1);
      expect(await listDeletionRequests(db, people.recruiterB.claims)).toEqual([]);
      expect(await listDeletionRequests(db, people.placementWorkerA.claims)).toEqual([]);

      expect(await notifyDeletionRequests(db, siteUrl)).toBe(1);
      expect(await notifyDeletionRequests(db, siteUrl)).toBe(0);
      const mailed = await withService(db, (tx) =>
        tx.query<{ to_address: string; text: string }>(
          "select to_address, text from private.mail_outbox where kind = 'deletion_request' order by to_address",
        ),
      );
      expect(mailed.map((mail) => mail.to_address)).toEqual([people.adminA.email, people.recruiterA.email]);
      expect(mailed[0].text).not.toContain(applicant.email);
    });

    it("of an application no organisation owns goes to the admins of its region, or all admins", async () => {
      const inRegion = await createUser(db, "regio@voorbeeld.test");
      await insertApplication(db, {
        email: inRegion.email,
        status: "draft",
        regionId: people.regions.gelderland,
        userId: inRegion.id,
      });
      const nowhere = await createUser(db, "nergens@voorbeeld.test");
      await insertApplication(db, { email: nowhere.email, status: "draft", userId: nowhere.id });
      const adminC = await createUser(db, "beheer@gezinshuis-c.test");
      await withService(db, (tx) =>
        tx.query("insert into public.memberships (user_id, organisation_id, role) values ($1, $2, 'admin')", [
          adminC.id,
          people.organisations.c,
        ]),
      );
      for (const person of [inRegion, nowhere]) {
        await withUser(db, person.claims, (tx) =>
          tx.query("select app.request_deletion_of_my_application()"),
        );
      }

      const emails = async (claims: typeof adminC.claims) =>
        (await listDeletionRequests(db, claims)).map((request) => request.email).sort();
      expect(await emails(adminC.claims)).toEqual(["nergens@voorbeeld.test", "regio@voorbeeld.test"]);
      expect(await emails(people.adminA.claims)).toEqual([
        "nergens@voorbeeld.test",
        "verwijder-mij@voorbeeld.test",
      ]);
      expect(await emails(people.recruiterB.claims)).toEqual([]);
    });

    it("is handled by deleting the data and marking it done, in the audit log", async () => {
      const [request] = await listDeletionRequests(db, people.recruiterA.claims);
      await expect(handleDeletionRequest(db, people.recruiterB.claims, request.id)).rejects.toThrow(
        notAllowedMessage,
      );
      expect(await handleDeletionRequest(db, people.recruiterA.claims, request.id)).toBe("handled");
      expect(await handleDeletionRequest(db, people.adminA.claims, request.id)).toBe("already_handled");

      expect(await listDeletionRequests(db, people.recruiterA.claims)).toEqual([]);
      const left = await withService(db, (tx) =>
        tx.query("select 1 from public.applications where email = 'verwijder-mij@voorbeeld.test'"),
      );
      expect(left).toEqual([]);
      expect(await auditRows(db, "application.deleted_on_request")).toEqual([
        {
          actor_id: people.recruiterA.id,
          organisation_id: people.organisations.a,
          subject_id: request.id,
          details: {},
        },
      ]);
    });
  });

  describe("a deletion request nobody handled", () => {
    it("leaves the queue once retention deleted the data", async () => {
      const late = await createUser(db, "te-laat@voorbeeld.test");
      await insertApplication(db, {
        email: late.email,
        status: "withdrawn",
        organisationId: people.organisations.b,
        userId: late.id,
        daysAgo: 40,
      });
      await withUser(db, late.claims, (tx) => tx.query("select app.request_deletion_of_my_application()"));
      expect(await listDeletionRequests(db, people.recruiterB.claims)).toHaveLength(1);

      await applyRetention(db);
      expect(await listDeletionRequests(db, people.recruiterB.claims)).toEqual([]);
    });
  });

  describe("consent to keep data longer", () => {
    const consentOf = async (email: string) => {
      const [row] = await withService(db, (tx) =>
        tx.query<{ consented: boolean }>(
          "select keep_data_consented_at is not null as consented from public.applications where email = $1",
          [email],
        ),
      );
      return row.consented;
    };

    it("is given when withdrawing, and taken back by a deletion request", async () => {
      const keeper = await createUser(db, "bewaar-mij@voorbeeld.test");
      const leaver = await createUser(db, "weg-ermee@voorbeeld.test");
      for (const person of [keeper, leaver]) {
        await insertApplication(db, { email: person.email, status: "submitted", userId: person.id });
      }
      await withdrawMyApplication(db, keeper.claims, "Nu even niet", true, `${siteUrl}/mijn`);
      await withdrawMyApplication(db, leaver.claims, undefined, false, `${siteUrl}/mijn`);
      expect(await consentOf(keeper.email)).toBe(true);
      expect(await consentOf(leaver.email)).toBe(false);

      await withUser(db, keeper.claims, (tx) => tx.query("select app.request_deletion_of_my_application()"));
      expect(await consentOf(keeper.email)).toBe(false);
    });
  });

  describe("the audit log", () => {
    const rewrites = [
      ["update", "update public.audit_log set action = 'rewritten'"],
      ["delete", "delete from public.audit_log"],
      ["truncate", "truncate public.audit_log"],
    ] as const;

    it.each(rewrites)("refuses %s, even to the service", async (_, statement) => {
      await expect(withService(db, (tx) => tx.query(statement))).rejects.toMatchObject(insufficientPrivilege);
    });

    it.each(rewrites)("refuses %s, even to the table's owner", async (_, statement) => {
      await expect(db.query(statement)).rejects.toThrow(/append-only/);
    });

    it("still takes new rows, and lets an organisation go without losing its entries", async () => {
      const [organisation] = await withService(db, (tx) =>
        tx.query<{ id: string }>(
          "insert into public.organisations (slug, name, region_id) values ('opgeheven', 'Opgeheven', $1) returning id",
          [people.regions.utrecht],
        ),
      );
      await withService(db, (tx) =>
        tx.query(
          "insert into public.audit_log (organisation_id, action, subject_type) values ($1, 'test.kept', 'test')",
          [organisation.id],
        ),
      );
      await withService(db, (tx) =>
        tx.query("delete from public.organisations where id = $1", [organisation.id]),
      );
      expect(await auditRows(db, "test.kept")).toEqual([
        { actor_id: null, organisation_id: null, subject_id: null, details: {} },
      ]);
    });
  });

  describe("staff reading applications", () => {
    it("is logged per application, with who and where but no personal data", async () => {
      const id = await insertApplication(db, {
        email: "gelezen@voorbeeld.test",
        status: "submitted",
        organisationId: people.organisations.a,
      });
      const shown = (await listPipeline(db, people.recruiterA.claims, openBoard)).items;
      expect(shown.map((application) => application.id)).toContain(id);

      const reads = (await auditRows(db, "staff.read")).filter((row) => row.subject_id === id);
      expect(reads).toEqual([
        {
          actor_id: people.recruiterA.id,
          organisation_id: people.organisations.a,
          subject_id: id,
          details: { purpose: "application.list" },
        },
      ]);
    });

    it("is logged for the registrations of an evening, too", async () => {
      const applicationId = await insertApplication(db, {
        email: "op-de-lijst@voorbeeld.test",
        status: "draft",
      });
      const [registration] = await withService(db, async (tx) => {
        const [evening] = await tx.query<{ id: string }>(
          `insert into public.information_evenings
             (organisation_id, region_id, title, starts_at, ends_at, location_name, location_city, capacity)
           values ($1, $2, 'Lijst', now() + interval '5 days', now() + interval '5 days 2 hours', 'Buurthuis',
                   'Utrecht', 20)
           returning id`,
          [people.organisations.a, people.regions.utrecht],
        );
        return tx.query<{ id: string; evening_id: string }>(
          `insert into public.evening_registrations (evening_id, application_id, email, first_name, status)
           values ($1, $2, 'op-de-lijst@voorbeeld.test', 'Sam', 'registered') returning id, evening_id`,
          [evening.id, applicationId],
        );
      });
      await listEveningRegistrations(db, people.recruiterA.claims, registration.evening_id);

      const reads = (await auditRows(db, "staff.read")).filter((row) => row.subject_id === registration.id);
      expect(reads).toEqual([
        {
          actor_id: people.recruiterA.id,
          organisation_id: people.organisations.a,
          subject_id: registration.id,
          details: { purpose: "evening.registrations" },
        },
      ]);
    });

    it("cannot be logged for an organisation one does not work for", async () => {
      await expect(
        queryAs(
          db,
          people.recruiterB,
          "select app.log_staff_read($1, 'application', $2, 'application.list')",
          [people.organisations.a, ["00000000-0000-0000-0000-000000000000"]],
        ),
      ).rejects.toMatchObject(insufficientPrivilege);
    });
  });
});
