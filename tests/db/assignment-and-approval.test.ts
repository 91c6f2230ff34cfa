import { describe, expect, it } from "vitest";
import { parsePipelineFilters } from "../../src/domain/applications/pipeline-filters";
import { type ApprovalInput, approvalSchema } from "../../src/domain/capacity/approval";
import { listPipeline } from "../../src/server/applications/list-pipeline";
import { approveApplicant } from "../../src/server/approval/approve-applicant";
import { UserFacingError } from "../../src/server/errors";
import { assignApplicant } from "../../src/server/follow-ups/assign-applicant";
import { setNextAction } from "../../src/server/follow-ups/set-next-action";
import { findPostcodeArea } from "../../src/server/geocode/gazetteer";
import type { Database } from "../../src/server/sql/engine";
import { withService } from "../../src/server/sql/with-user";
import { testEngines } from "../support/databases";
import { insufficientPrivilege, type Personas, queryAs, usePersonaDatabase } from "./personas";

let serial = 0;

/** A sent application of organisation A (or B) at the given stage, with an address in 3512. */
async function insertApplication(
  db: Database,
  people: Personas,
  options: { stage?: string; organisation?: "a" | "b"; parentTypes?: string[] } = {},
): Promise<string> {
  serial += 1;
  const [row] = await withService(db, (tx) =>
    tx.query<{ id: string }>(
      `insert into public.applications
         (email, status, stage, organisation_id, region_id, first_name, last_name, phone, date_of_birth,
          parent_types, care_forms, household_members, postcode, house_number, municipality, lat, lng,
          approx_lat, approx_lng, submitted_at)
       values ($1, 'submitted', $2::public.applicant_stage, $3, $4, 'Sam', 'Voorbeeld', '06 12345678', '1985-03-01',
               $5::public.parent_type[], '{long_term}', '[{"relation": "child", "birthYear": 2016}]',
               '3512AB', '7', 'Utrecht', 52.0911, 5.1155, 52.09, 5.12, now())
       returning id`,
      [
        `aanmelder.goedkeuring.${serial}@voorbeeld.test`,
        options.stage ?? "decision",
        options.organisation === "b" ? people.organisations.b : people.organisations.a,
        people.regions.utrecht,
        options.parentTypes ?? ["foster"],
      ],
    ),
  );
  return row.id;
}

async function recordSuitableDecision(db: Database, people: Personas, application: string) {
  await queryAs(
    db,
    people.recruiterA,
    "select app.record_screening_check($1, null, 'decision', null, 'completed', null, 'suitable', 'Positief besluit.')",
    [application],
  );
}

const versionOf = async (db: Database, application: string) =>
  (
    await withService(db, (tx) =>
      tx.query<{ version: number }>("select version from public.applications where id = $1", [application]),
    )
  )[0].version;

function approvalFor(
  application: string,
  version: number,
  changes: Record<string, unknown> = {},
): ApprovalInput {
  return approvalSchema.parse({
    applicationId: application,
    expectedVersion: version,
    kind: "foster_family",
    careForms: ["long_term", "short_term"],
    placesTotal: 2,
    placesFree: 1,
    maxSiblingGroup: 2,
    ageMin: 0,
    ageMax: 12,
    availableFrom: "2026-12-01",
    availableUntil: null,
    expertise: ["trauma"],
    languages: "nl, en",
    childrenAges: "10",
    hasPets: true,
    smoking: false,
    accessibleHome: false,
    ownBedroom: true,
    openPastEighteen: true,
    maxTravelKm: 30,
    postcode4: "3512",
    municipality: "Utrecht",
    contactName: "Sam Voorbeeld",
    contactEmail: "sam@voorbeeld.test",
    contactPhone: "06 12345678",
    approvalNote: "Welkom in het aanbod.",
    ...changes,
  });
}

describe.each(testEngines)("assignment and approval on $name", (engine) => {
  let db: Database;
  let people: Personas;
  usePersonaDatabase(engine, (opened) => ({ db, people } = opened));

  describe("assigned recruiter and next action", () => {
    it("a recruiter assigns themselves and sets a next action; each change raises the version and is a timeline event", async () => {
      const application = await insertApplication(db, people, { stage: "screening" });
      const claims = people.recruiterA.claims;
      expect(
        await assignApplicant(db, claims, {
          applicationId: application,
          recruiterId: people.recruiterA.id,
          expectedFollowUpVersion: 0,
        }),
      ).toEqual({ version: 1 });
      expect(
        await setNextAction(db, claims, {
          applicationId: application,
          action: "VGB nabellen",
          due: "2026-12-15",
          expectedFollowUpVersion: 1,
        }),
      ).toEqual({ version: 2 });
      const events = await queryAs<{
        kind: string;
        assigned_recruiter_id: string | null;
        next_action: string | null;
      }>(
        db,
        people.recruiterA,
        `select kind, assigned_recruiter_id, next_action from public.application_follow_up_events
         where application_id = $1 order by id`,
        [application],
      );
      expect(events).toEqual([
        { kind: "assigned", assigned_recruiter_id: people.recruiterA.id, next_action: null },
        { kind: "next_action_set", assigned_recruiter_id: null, next_action: "VGB nabellen" },
      ]);
      // The move version is the stage's own: following up does not make a move form stale.
      expect(await versionOf(db, application)).toBe(0);
    });

    it("the follow-up history is append-only for everyone, and goes only with its application", async () => {
      const application = await insertApplication(db, people, { stage: "screening" });
      await assignApplicant(db, people.recruiterA.claims, {
        applicationId: application,
        recruiterId: people.recruiterA.id,
        expectedFollowUpVersion: 0,
      });
      const tamper = [
        "update public.application_follow_up_events set next_action = 'anders' where application_id = $1",
        "delete from public.application_follow_up_events where application_id = $1",
      ];
      for (const statement of tamper) {
        await expect(withService(db, (tx) => tx.query(statement, [application]))).rejects.toMatchObject(
          insufficientPrivilege,
        );
      }
      const appendOnly = { code: "42501", message: "the follow-up history is append-only" };
      await expect(
        db.query(
          "update public.application_follow_up_events set kind = 'unassigned' where application_id = $1",
          [application],
        ),
      ).rejects.toMatchObject(appendOnly);
      await expect(db.query("truncate public.application_follow_up_events")).rejects.toMatchObject(
        appendOnly,
      );
      await withService(db, (tx) => tx.query("delete from public.applications where id = $1", [application]));
      const left = await db.query(
        "select 1 from public.application_follow_up_events where application_id = $1",
        [application],
      );
      expect(left).toHaveLength(0);
    });

    it("refuses a stale version with who changed it", async () => {
      const application = await insertApplication(db, people, { stage: "screening" });
      await assignApplicant(db, people.recruiterA.claims, {
        applicationId: application,
        recruiterId: people.recruiterA.id,
        expectedFollowUpVersion: 0,
      });
      const stale = setNextAction(db, people.recruiterA.claims, {
        applicationId: application,
        action: "Huisbezoek plannen",
        due: "2026-12-20",
        expectedFollowUpVersion: 0,
      });
      await expect(stale).rejects.toThrow(UserFacingError);
      await expect(stale).rejects.toThrow(/Je hebt de toewijzing of volgende actie .* al gewijzigd/);
    });

    it("only the organisation's recruiters follow up, and only its recruiters can be assigned", async () => {
      const application = await insertApplication(db, people, { stage: "screening" });
      const assign = (caller: typeof people.recruiterA | null, recruiter: string | null) =>
        queryAs(db, caller, "select app.assign_applicant($1, $2, 0)", [application, recruiter]);
      for (const outsider of [people.recruiterB, people.placementWorkerA, people.applicant, null]) {
        await expect(assign(outsider, people.recruiterA.id)).rejects.toMatchObject(insufficientPrivilege);
      }
      await expect(assign(people.recruiterA, people.recruiterB.id)).rejects.toMatchObject({ code: "22023" });
      await expect(assign(people.recruiterA, people.placementWorkerA.id)).rejects.toMatchObject({
        code: "22023",
      });
      const seen = (caller: typeof people.recruiterA) =>
        queryAs(
          db,
          caller,
          "select application_id from public.application_follow_ups where application_id = $1",
          [application],
        );
      await assign(people.recruiterA, people.recruiterA.id);
      expect(await seen(people.recruiterA)).toHaveLength(1);
      expect(await seen(people.adminA)).toHaveLength(1);
      expect(await seen(people.recruiterB)).toHaveLength(0);
      expect(await seen(people.placementWorkerA)).toHaveLength(0);
      expect(await seen(people.applicant)).toHaveLength(0);
    });

    it("the pipeline filters on 'mij', 'niet toegewezen' and an overdue next action, and marks it overdue", async () => {
      const mine = await insertApplication(db, people, { stage: "preparation" });
      const nobodys = await insertApplication(db, people, { stage: "preparation" });
      await assignApplicant(db, people.recruiterA.claims, {
        applicationId: mine,
        recruiterId: people.recruiterA.id,
        expectedFollowUpVersion: 0,
      });
      await setNextAction(db, people.recruiterA.claims, {
        applicationId: mine,
        action: "Training inplannen",
        due: "2020-01-01",
        expectedFollowUpVersion: 1,
      });
      const shown = async (query: string) =>
        (
          await listPipeline(
            db,
            people.recruiterA.claims,
            parsePipelineFilters(new URLSearchParams(`fase=preparation&weergave=tabel&${query}`)).filters,
          )
        ).items
          .filter((item) => [mine, nobodys].includes(item.id))
          .map((item) => ({ id: item.id, overdue: item.nextActionOverdue }));
      expect(await shown("werver=mij")).toEqual([{ id: mine, overdue: true }]);
      expect(await shown("werver=niemand")).toEqual([{ id: nobodys, overdue: false }]);
      expect(await shown("actie=te-laat")).toEqual([{ id: mine, overdue: true }]);
      expect(await shown("actie=geen")).toEqual([{ id: nobodys, overdue: false }]);
    });

    it("a next action needs both a text and a date", async () => {
      const application = await insertApplication(db, people, { stage: "screening" });
      await expect(
        queryAs(db, people.recruiterA, "select app.set_next_action($1, 'Bellen', null, 0)", [application]),
      ).rejects.toMatchObject({ code: "22023" });
    });

    it("lists the organisation's recruiters for its staff only", async () => {
      const listed = await queryAs<{ email: string }>(
        db,
        people.recruiterA,
        "select email from app.organisation_recruiters($1)",
        [people.organisations.a],
      );
      expect(listed).toEqual([{ email: people.recruiterA.email }]);
      await expect(
        queryAs(db, people.recruiterA, "select * from app.organisation_recruiters($1)", [
          people.organisations.b,
        ]),
      ).rejects.toMatchObject(insufficientPrivilege);
    });
  });

  describe("approval creates capacity", () => {
    it("stores a religion or culture given at approval with the new household, audited without the value", async () => {
      const application = await insertApplication(db, people);
      await recordSuitableDecision(db, people, application);
      const approved = await approveApplicant(
        db,
        people.recruiterA.claims,
        approvalFor(application, await versionOf(db, application), { religionCulture: " Christelijk " }),
      );
      const [stored] = await withService(db, (tx) =>
        tx.query<{ religion_culture: string; audited: string[] }>(
          `select c.religion_culture,
                  (select array_agg(l.action order by l.id) from public.audit_log l
                    where l.subject_id = c.household_id::text and l.details::text not like '%Christelijk%') as audited
           from private.household_culture c where c.household_id = $1`,
          [approved.householdId],
        ),
      );
      expect(stored).toEqual({ religion_culture: "Christelijk", audited: ["household.culture_set"] });
    });

    it("creates exactly one household and contact in the applicant's organisation, at the postcode-4 centroid, and moves them to available", async () => {
      const application = await insertApplication(db, people);
      await recordSuitableDecision(db, people, application);
      const approved = await approveApplicant(
        db,
        people.recruiterA.claims,
        approvalFor(application, await versionOf(db, application)),
      );
      expect(approved.label).toMatch(/^Gezin A-\d{4}$/);
      expect(approved.version).toBe(1);

      const households = await withService(db, (tx) =>
        tx.query<Record<string, unknown>>(
          `select h.organisation_id, h.kind, h.care_forms::text[] as care_forms, h.places_total, h.places_free,
                  h.postcode4, h.municipality, h.approx_lat, h.approx_lng, h.household_children_ages, h.languages,
                  h.expertise, h.has_pets, h.open_past_eighteen, h.status, c.display_name, c.email, c.phone,
                  a.postcode as private_postcode, a.house_number as private_house_number
           from public.household_contacts c
           join public.households h on h.id = c.household_id
           left join private.household_addresses a on a.household_id = h.id
           where c.application_id = $1`,
          [application],
        ),
      );
      const centroid = findPostcodeArea("3512");
      expect(households).toEqual([
        {
          organisation_id: people.organisations.a,
          kind: "foster_family",
          care_forms: ["long_term", "short_term"],
          places_total: 2,
          places_free: 1,
          postcode4: "3512",
          municipality: "Utrecht",
          approx_lat: centroid?.lat,
          approx_lng: centroid?.lng,
          household_children_ages: [10],
          languages: ["nl", "en"],
          expertise: ["trauma"],
          has_pets: true,
          open_past_eighteen: true,
          status: "active",
          display_name: "Sam Voorbeeld",
          email: "sam@voorbeeld.test",
          phone: "06 12345678",
          // The exact address stays with the service, apart from the pseudonymous record.
          private_postcode: "3512AB",
          private_house_number: "7",
        },
      ]);
      // Not the address's own point.
      expect([centroid?.lat, centroid?.lng]).not.toEqual([52.0911, 5.1155]);

      const [state] = await withService(db, (tx) =>
        tx.query<{ stage: string; moved: number; audited: number }>(
          `select a.stage,
                  (select count(*)::int from public.application_stage_history h
                    where h.application_id = a.id and h.to_stage = 'available') as moved,
                  (select count(*)::int from public.audit_log l
                    where l.subject_id = a.id::text and l.action = 'application.approved') as audited
           from public.applications a where a.id = $1`,
          [application],
        ),
      );
      expect(state).toEqual({ stage: "available", moved: 1, audited: 1 });

      // The region's placement workers see the new capacity (pseudonymous), not its contact.
      const seenByPlacementWorkerB = await queryAs<{ label: string }>(
        db,
        people.placementWorkerB,
        "select label from public.households where label = $1",
        [approved.label],
      );
      expect(seenByPlacementWorkerB).toEqual([{ label: approved.label }]);
      expect(
        await queryAs(
          db,
          people.placementWorkerB,
          "select * from public.household_contacts where application_id = $1",
          [application],
        ),
      ).toEqual([]);
    });

    it("numbers labels on from the organisation's highest, one per approval", async () => {
      const labels: string[] = [];
      for (const kind of ["foster_family", "support_family"] as const) {
        const application = await insertApplication(db, people, { parentTypes: ["foster", "support"] });
        await recordSuitableDecision(db, people, application);
        const approved = await approveApplicant(
          db,
          people.recruiterA.claims,
          approvalFor(application, 0, { kind, careForms: ["part_time"] }),
        );
        labels.push(approved.label);
      }
      const numbers = labels.map((label) => Number(label.split("-").at(-1)));
      expect(numbers[1]).toBe(numbers[0] + 1);
      expect(numbers[0]).toBeGreaterThan(102);
      expect(labels[1]).toMatch(/^Steungezin A-\d{4}$/);
    });

    it("refuses a second approval of the same application, also after moving it back", async () => {
      const application = await insertApplication(db, people);
      await recordSuitableDecision(db, people, application);
      await approveApplicant(db, people.recruiterA.claims, approvalFor(application, 0));
      await expect(
        approveApplicant(db, people.recruiterA.claims, approvalFor(application, 1)),
      ).rejects.toThrow("al goedgekeurd");
      await queryAs(db, people.recruiterA, "select app.move_applicant($1, 'decision', 1, null, null)", [
        application,
      ]);
      await expect(
        approveApplicant(db, people.recruiterA.claims, approvalFor(application, 2)),
      ).rejects.toThrow("al goedgekeurd");
      const [count] = await withService(db, (tx) =>
        tx.query<{ count: number }>(
          "select count(*)::int as count from public.household_contacts where application_id = $1",
          [application],
        ),
      );
      expect(count.count).toBe(1);
    });

    it("refuses another organisation's recruiter, a placement worker and the organisation's admin", async () => {
      const application = await insertApplication(db, people);
      await recordSuitableDecision(db, people, application);
      for (const outsider of [people.recruiterB, people.placementWorkerA, people.adminA]) {
        await expect(
          queryAs(
            db,
            outsider,
            "select * from app.approve_applicant($1, 0, $2::text::jsonb, 'X', null, null, null)",
            [application, JSON.stringify({ kind: "foster_family" })],
          ),
        ).rejects.toMatchObject(insufficientPrivilege);
      }
      const other = await insertApplication(db, people, { organisation: "b" });
      await expect(approveApplicant(db, people.recruiterA.claims, approvalFor(other, 0))).rejects.toThrow(
        "geen rechten",
      );
    });

    it("refuses before the decision requirements are met, outside the decision, a kind not applied for, and a stale version", async () => {
      const early = await insertApplication(db, people, { stage: "family_assessment" });
      await expect(approveApplicant(db, people.recruiterA.claims, approvalFor(early, 0))).rejects.toThrow(
        "fase Besluit",
      );
      const undecided = await insertApplication(db, people);
      await expect(approveApplicant(db, people.recruiterA.claims, approvalFor(undecided, 0))).rejects.toThrow(
        "schriftelijke besluit",
      );
      await queryAs(
        db,
        people.recruiterA,
        "select app.record_screening_check($1, null, 'decision', null, 'completed', null, 'unsuitable', 'Niet geschikt.')",
        [undecided],
      );
      await expect(approveApplicant(db, people.recruiterA.claims, approvalFor(undecided, 0))).rejects.toThrow(
        "schriftelijke besluit",
      );

      const foster = await insertApplication(db, people);
      await recordSuitableDecision(db, people, foster);
      await expect(
        approveApplicant(db, people.recruiterA.claims, approvalFor(foster, 0, { kind: "family_home" })),
      ).rejects.toMatchObject({ field: "kind" });
      await expect(approveApplicant(db, people.recruiterA.claims, approvalFor(foster, 3))).rejects.toThrow(
        "al verplaatst",
      );
      const [created] = await withService(db, (tx) =>
        tx.query<{ count: number }>(
          "select count(*)::int as count from public.household_contacts where application_id = any($1::uuid[])",
          [[early, undecided, foster]],
        ),
      );
      expect(created.count).toBe(0);
    });

    it("refuses a postcode area the gazetteer does not know unless it is the applicant's own", async () => {
      const application = await insertApplication(db, people);
      await recordSuitableDecision(db, people, application);
      await expect(
        approveApplicant(db, people.recruiterA.claims, approvalFor(application, 0, { postcode4: "9999" })),
      ).rejects.toMatchObject({ field: "postcode4" });
    });
  });
});
