import { describe, expect, it } from "vitest";
import { refusedMoveMessages } from "../../src/domain/screening/moves";
import { notAllowedMessage, UserFacingError } from "../../src/server/errors";
import { listScreeningChecks } from "../../src/server/screening/list-screening-checks";
import { moveApplicant } from "../../src/server/screening/move-applicant";
import { recordScreeningCheck } from "../../src/server/screening/record-screening-check";
import type { Database } from "../../src/server/sql/engine";
import { withService, withUser } from "../../src/server/sql/with-user";
import { testEngines } from "../support/databases";
import {
  type Caller,
  createUser,
  insufficientPrivilege,
  type Personas,
  queryAs,
  usePersonaDatabase,
} from "./personas";

type Stage = "application" | "screening" | "preparation" | "family_assessment" | "decision" | "available";

interface ApplicationFixture {
  stage: Stage;
  parentTypes?: ("foster" | "family_home" | "support")[];
  /** Birth years of the other people at the address. */
  householdBirthYears?: number[];
  organisation?: "a" | "b";
  status?: "draft" | "submitted";
  /** The account the application belongs to. */
  ownerId?: string;
}

const thisYear = new Date().getUTCFullYear();
let serial = 0;

async function insertApplication(
  db: Database,
  people: Personas,
  fixture: ApplicationFixture,
): Promise<string> {
  serial += 1;
  const [row] = await withService(db, (tx) =>
    tx.query<{ id: string }>(
      `insert into public.applications
         (email, status, stage, organisation_id, region_id, first_name, last_name, date_of_birth,
          parent_types, household_members, submitted_at, user_id)
       values ($1, $2::public.application_status, $3::public.applicant_stage, $4, $5, 'Sam', 'Voorbeeld',
               '1985-03-01', $6::public.parent_type[], $7::text::jsonb, now(), $8)
       returning id`,
      [
        `aanmelder.${serial}@voorbeeld.test`,
        fixture.status ?? "submitted",
        fixture.stage,
        fixture.organisation === "b" ? people.organisations.b : people.organisations.a,
        people.regions.utrecht,
        fixture.parentTypes ?? ["foster"],
        JSON.stringify(
          (fixture.householdBirthYears ?? []).map((birthYear) => ({ relation: "child", birthYear })),
        ),
        fixture.ownerId ?? null,
      ],
    ),
  );
  return row.id;
}

const versionOf = async (db: Database, application: string) =>
  (
    await withService(db, (tx) =>
      tx.query<{ version: number }>("select version from public.applications where id = $1", [application]),
    )
  )[0].version;

const stateOf = async (db: Database, application: string) =>
  (
    await withService(db, (tx) =>
      tx.query<{ stage: string; status: string; exit_reason_code: string | null; version: number }>(
        "select stage, status::text, exit_reason_code, version from public.applications where id = $1",
        [application],
      ),
    )
  )[0];

/** Moves as the caller with the version the database holds now, like a page that was just loaded. */
async function move(
  db: Database,
  caller: Caller,
  application: string,
  toStage: string,
  reasonCode: string | null = null,
  note: string | null = null,
): Promise<number> {
  const version = await versionOf(db, application);
  const [row] = await queryAs<{ version: number }>(
    db,
    caller,
    "select app.move_applicant($1, $2, $3, $4, $5) as version",
    [application, toStage, version, reasonCode, note],
  );
  return row.version;
}

interface CheckInput {
  kind: "vgb" | "reference" | "training" | "home_visit" | "decision";
  member?: number | null;
  status: "requested" | "received" | "completed";
  on?: string | null;
  decision?: "suitable" | "unsuitable" | null;
  note?: string | null;
  check?: string | null;
}

async function record(db: Database, caller: Caller, application: string, input: CheckInput): Promise<string> {
  const [row] = await queryAs<{ id: string }>(
    db,
    caller,
    "select app.record_screening_check($1, $2, $3, $4, $5, $6, $7, $8) as id",
    [
      application,
      input.check ?? null,
      input.kind,
      input.member ?? null,
      input.status,
      input.on ?? null,
      input.decision ?? null,
      input.note ?? null,
    ],
  );
  return row.id;
}

const refused = (detail: string) => ({ code: "OH422", detail });
const userError = (message: string, field?: string) =>
  expect.objectContaining({ name: "UserFacingError", message, field });

describe.each(testEngines)("screening stages on $name", (engine) => {
  let db: Database;
  let people: Personas;
  usePersonaDatabase(engine, (opened) => ({ db, people } = opened));

  describe("moves along the route", () => {
    it("a recruiter moves a foster applicant one stage on, and the move is in the history with who and when", async () => {
      const application = await insertApplication(db, people, { stage: "application" });
      expect(await move(db, people.recruiterA, application, "screening", null, "Eerste gesprek gehad")).toBe(
        1,
      );
      const history = await withService(db, (tx) =>
        tx.query(
          `select from_stage, to_stage, to_status::text, actor_id, staff_note, reason_code, at is not null as dated
           from public.application_stage_history where application_id = $1`,
          [application],
        ),
      );
      expect(history).toEqual([
        {
          from_stage: "application",
          to_stage: "screening",
          to_status: "submitted",
          actor_id: people.recruiterA.id,
          staff_note: "Eerste gesprek gehad",
          reason_code: null,
          dated: true,
        },
      ]);
    });

    it("an admin of the organisation may move too; its placement worker, another organisation's recruiter and the applicant may not", async () => {
      const application = await insertApplication(db, people, { stage: "application" });
      await expect(move(db, people.placementWorkerA, application, "screening")).rejects.toMatchObject(
        insufficientPrivilege,
      );
      await expect(move(db, people.recruiterB, application, "screening")).rejects.toMatchObject(
        insufficientPrivilege,
      );
      await expect(move(db, people.applicant, application, "screening")).rejects.toMatchObject(
        insufficientPrivilege,
      );
      await expect(move(db, null, application, "screening")).rejects.toMatchObject(insufficientPrivilege);
      expect(await move(db, people.adminA, application, "screening")).toBe(1);
    });

    it("a draft is not staff's to move", async () => {
      const application = await insertApplication(db, people, { stage: "application", status: "draft" });
      await expect(move(db, people.recruiterA, application, "screening")).rejects.toMatchObject(
        insufficientPrivilege,
      );
    });

    it("refuses skipping a stage, and a stage that is not on the applicant's route", async () => {
      const foster = await insertApplication(db, people, { stage: "application" });
      await expect(move(db, people.recruiterA, foster, "preparation")).rejects.toMatchObject(
        refused("not_on_route"),
      );
      await expect(move(db, people.recruiterA, foster, "available")).rejects.toMatchObject(
        refused("not_on_route"),
      );

      const support = await insertApplication(db, people, { stage: "preparation", parentTypes: ["support"] });
      await record(db, people.recruiterA, support, { kind: "training", status: "completed" });
      await expect(move(db, people.recruiterA, support, "family_assessment")).rejects.toMatchObject(
        refused("not_on_route"),
      );
      // The steunouder route is shorter: from the training straight to the decision.
      expect(await move(db, people.recruiterA, support, "decision")).toBe(1);

      const fosterInTraining = await insertApplication(db, people, { stage: "preparation" });
      await record(db, people.recruiterA, fosterInTraining, { kind: "training", status: "completed" });
      await expect(move(db, people.recruiterA, fosterInTraining, "decision")).rejects.toMatchObject(
        refused("not_on_route"),
      );
      expect(await move(db, people.recruiterA, fosterInTraining, "family_assessment")).toBe(1);
    });

    it("an applicant for both foster and support care may take either route", async () => {
      const both = await insertApplication(db, people, {
        stage: "preparation",
        parentTypes: ["foster", "support"],
      });
      await record(db, people.recruiterA, both, { kind: "training", status: "completed" });
      expect(await move(db, people.recruiterA, both, "decision")).toBe(1);
    });

    it("a move one stage back, to correct a mistake, needs no requirement", async () => {
      const application = await insertApplication(db, people, { stage: "screening" });
      expect(await move(db, people.recruiterA, application, "application")).toBe(1);
    });

    it("refuses an unknown stage, a reason code on a forward move, and a note longer than 2000 characters", async () => {
      const application = await insertApplication(db, people, { stage: "application" });
      await expect(move(db, people.recruiterA, application, "somewhere")).rejects.toMatchObject({
        code: "22023",
      });
      await expect(
        move(db, people.recruiterA, application, "screening", "no_response"),
      ).rejects.toMatchObject(refused("reason_code_for_exit_only"));
      await expect(
        move(db, people.recruiterA, application, "screening", null, "x".repeat(2001)),
      ).rejects.toMatchObject({ code: "22023" });
      expect(await stateOf(db, application)).toMatchObject({ stage: "application", version: 0 });
    });
  });

  describe("exits", () => {
    it("every exit needs a reason code of its own kind", async () => {
      const application = await insertApplication(db, people, { stage: "screening" });
      await expect(move(db, people.recruiterA, application, "withdrawn")).rejects.toMatchObject(
        refused("reason_code_required"),
      );
      await expect(move(db, people.recruiterA, application, "rejected", "no_response")).rejects.toMatchObject(
        refused("reason_code_required"),
      );
      await expect(move(db, people.recruiterA, application, "parked", "made_up")).rejects.toMatchObject(
        refused("reason_code_required"),
      );
      await move(db, people.recruiterA, application, "rejected", "vgb_objection", "Bezwaar van de Raad");
      expect(await stateOf(db, application)).toEqual({
        stage: "screening",
        status: "rejected",
        exit_reason_code: "vgb_objection",
        version: 1,
      });
      const [last] = await withService(db, (tx) =>
        tx.query(
          `select from_stage, to_stage, to_status::text, reason_code from public.application_stage_history
           where application_id = $1 order by id desc limit 1`,
          [application],
        ),
      );
      expect(last).toEqual({
        from_stage: "screening",
        to_stage: "screening",
        to_status: "rejected",
        reason_code: "vgb_objection",
      });
    });

    it("an ended application moves no more", async () => {
      const application = await insertApplication(db, people, { stage: "application" });
      await move(db, people.recruiterA, application, "withdrawn", "not_for_me");
      await expect(move(db, people.recruiterA, application, "screening")).rejects.toMatchObject(
        refused("application_ended"),
      );
      await expect(move(db, people.recruiterA, application, "parked", "life_event")).rejects.toMatchObject(
        refused("application_ended"),
      );
    });

    it("an applicant on hold can still withdraw: a reason code, a new version and a line in the history", async () => {
      const application = await insertApplication(db, people, {
        stage: "screening",
        ownerId: people.applicant.id,
      });
      await move(db, people.recruiterA, application, "parked", "applicant_asked_pause");
      await queryAs(db, people.applicant, "select app.withdraw_my_application('We verhuizen')");
      expect(await stateOf(db, application)).toEqual({
        stage: "screening",
        status: "withdrawn",
        exit_reason_code: "applicant_withdrew",
        version: 2,
      });
      const [last] = await withService(db, (tx) =>
        tx.query(
          `select to_status::text, actor_id, reason_code from public.application_stage_history
           where application_id = $1 order by id desc limit 1`,
          [application],
        ),
      );
      expect(last).toEqual({
        to_status: "withdrawn",
        actor_id: people.applicant.id,
        reason_code: "applicant_withdrew",
      });
      // The recruiter's page still shows version 1.
      await expect(
        queryAs(db, people.recruiterA, "select app.move_applicant($1, 'screening', 1, null, null)", [
          application,
        ]),
      ).rejects.toMatchObject({ code: "OH409" });
    });

    it("a parked application resumes in the stage it was in, and only there", async () => {
      const application = await insertApplication(db, people, { stage: "application" });
      await move(db, people.recruiterA, application, "parked", "waiting_for_training");
      expect(await stateOf(db, application)).toMatchObject({
        status: "parked",
        exit_reason_code: "waiting_for_training",
      });
      await expect(move(db, people.recruiterA, application, "parked", "life_event")).rejects.toMatchObject(
        refused("already_parked"),
      );
      await expect(move(db, people.recruiterA, application, "screening")).rejects.toMatchObject(
        refused("resume_in_same_stage"),
      );
      await move(db, people.recruiterA, application, "application");
      expect(await stateOf(db, application)).toEqual({
        stage: "application",
        status: "submitted",
        exit_reason_code: null,
        version: 2,
      });
    });
  });

  describe("what a stage needs before it is left", () => {
    it("screening: a received VGB for the applicant and every household member aged 12 or over", async () => {
      const application = await insertApplication(db, people, {
        stage: "screening",
        householdBirthYears: [thisYear - 15, thisYear - 8],
      });
      await expect(move(db, people.recruiterA, application, "preparation")).rejects.toMatchObject(
        refused("vgb_missing"),
      );
      await record(db, people.recruiterA, application, { kind: "vgb", status: "received" });
      await expect(move(db, people.recruiterA, application, "preparation")).rejects.toMatchObject(
        refused("vgb_missing"),
      );
      // Asked for is not received.
      const teenager = await record(db, people.recruiterA, application, {
        kind: "vgb",
        member: 0,
        status: "requested",
      });
      await expect(move(db, people.recruiterA, application, "preparation")).rejects.toMatchObject(
        refused("vgb_missing"),
      );
      await record(db, people.recruiterA, application, { kind: "vgb", check: teenager, status: "received" });
      // The eight-year-old needs none.
      expect(await move(db, people.recruiterA, application, "preparation")).toBeGreaterThan(0);
    });

    it("screening: a VGB received more than two years ago no longer counts", async () => {
      const application = await insertApplication(db, people, { stage: "screening" });
      const threeYearsAgo = `${thisYear - 3}-01-15`;
      await record(db, people.recruiterA, application, {
        kind: "vgb",
        status: "received",
        on: threeYearsAgo,
      });
      await expect(move(db, people.recruiterA, application, "preparation")).rejects.toMatchObject(
        refused("vgb_missing"),
      );
    });

    it("preparation: the training completed, not just planned", async () => {
      const application = await insertApplication(db, people, { stage: "preparation" });
      await expect(move(db, people.recruiterA, application, "family_assessment")).rejects.toMatchObject(
        refused("training_not_completed"),
      );
      const training = await record(db, people.recruiterA, application, {
        kind: "training",
        status: "requested",
      });
      await expect(move(db, people.recruiterA, application, "family_assessment")).rejects.toMatchObject(
        refused("training_not_completed"),
      );
      await record(db, people.recruiterA, application, {
        kind: "training",
        check: training,
        status: "completed",
      });
      expect(await move(db, people.recruiterA, application, "family_assessment")).toBe(1);
    });

    it("decision: approval needs a written 'suitable' decision, rejection a written 'unsuitable' one", async () => {
      const approved = await insertApplication(db, people, { stage: "decision" });
      await expect(move(db, people.recruiterA, approved, "available")).rejects.toMatchObject(
        refused("decision_missing"),
      );
      await expect(
        record(db, people.recruiterA, approved, {
          kind: "decision",
          status: "completed",
          decision: "suitable",
        }),
      ).rejects.toMatchObject({ code: "22023" });
      await record(db, people.recruiterA, approved, {
        kind: "decision",
        status: "completed",
        decision: "suitable",
        note: "Gezinsonderzoek positief; stabiel netwerk.",
      });
      await expect(
        move(db, people.recruiterA, approved, "rejected", "assessed_unsuitable"),
      ).rejects.toMatchObject(refused("decision_missing"));
      // Even with the decision, 'available' is reached only by approving (household and contact).
      await expect(move(db, people.recruiterA, approved, "available")).rejects.toMatchObject(
        refused("approval_required"),
      );
      expect(await stateOf(db, approved)).toMatchObject({ stage: "decision", version: 0 });

      const rejected = await insertApplication(db, people, { stage: "decision" });
      await expect(
        move(db, people.recruiterA, rejected, "rejected", "assessed_unsuitable"),
      ).rejects.toMatchObject(refused("decision_missing"));
      await record(db, people.recruiterA, rejected, {
        kind: "decision",
        status: "completed",
        decision: "unsuitable",
        note: "Onvoldoende ruimte voor een pleegkind.",
      });
      await move(db, people.recruiterA, rejected, "rejected", "assessed_unsuitable");
      expect(await stateOf(db, rejected)).toMatchObject({ status: "rejected" });
    });

    it("available: only an approved applicant enters it, by approval or back and forth after it", async () => {
      const application = await insertApplication(db, people, { stage: "decision" });
      await record(db, people.recruiterA, application, {
        kind: "decision",
        status: "completed",
        decision: "suitable",
        note: "Gezinsonderzoek positief.",
      });
      await expect(
        withService(db, (tx) =>
          tx.query("update public.applications set stage = 'available' where id = $1", [application]),
        ),
      ).rejects.toMatchObject(refused("approval_required"));
      await expect(
        moveApplicant(db, people.recruiterA.claims, {
          applicationId: application,
          toStage: "available",
          expectedVersion: 0,
        }),
      ).rejects.toEqual(userError(refusedMoveMessages.approval_required.message, "toStage"));

      await queryAs(
        db,
        people.recruiterA,
        "select * from app.approve_applicant($1, 0, $2::text::jsonb, 'Sam Voorbeeld', null, null, null)",
        [
          application,
          JSON.stringify({
            kind: "foster_family",
            care_forms: ["long_term"],
            places_total: 1,
            places_free: 1,
            age_min: 0,
            age_max: 12,
            available_from: "2026-12-01",
            municipality: "Utrecht",
            postcode4: "3512",
            approx_lat: 52.09,
            approx_lng: 5.12,
          }),
        ],
      );
      expect(await stateOf(db, application)).toMatchObject({ stage: "available", version: 1 });
      // Correcting a mistake: back to the decision and forward again keeps the one household.
      await move(db, people.recruiterA, application, "decision");
      expect(await move(db, people.recruiterA, application, "available")).toBe(3);
    });
  });

  describe("two people moving the same applicant", () => {
    it("a stale version is refused with what changed: the stage, who moved it and when", async () => {
      const application = await insertApplication(db, people, { stage: "application" });
      await move(db, people.recruiterA, application, "screening");
      const error = await queryAs(
        db,
        people.adminA,
        "select app.move_applicant($1, 'screening', 0, null, null)",
        [application],
      ).catch((caught: unknown) => caught as { code: string; detail: string });
      expect(error).toMatchObject({ code: "OH409" });
      const changed = JSON.parse((error as { detail: string }).detail);
      expect(changed).toMatchObject({
        stage: "screening",
        status: "submitted",
        version: 1,
        moved_by: people.recruiterA.id,
      });
      expect(Date.now() - Date.parse(changed.moved_at)).toBeLessThan(60_000);
      expect(await stateOf(db, application)).toMatchObject({ stage: "screening", version: 1 });
    });

    it("of two moves at the same moment exactly one wins; the other gets the version error", async () => {
      const application = await insertApplication(db, people, { stage: "application" });
      const attempt = (caller: Caller, toStage: string, holdSeconds: number) =>
        withUser(db, caller?.claims ?? null, async (tx) => {
          await tx.query("select app.move_applicant($1, $2, 0, null, null)", [application, toStage]);
          // Keeps the transaction (and its row lock) open while the other one starts.
          if (holdSeconds > 0) await tx.query("select pg_sleep($1)", [holdSeconds]);
          return toStage;
        });
      const first = attempt(people.recruiterA, "screening", 0.3);
      await new Promise((resolve) => setTimeout(resolve, 50));
      const second = attempt(people.adminA, "introduction", 0);
      const outcomes = await Promise.allSettled([first, second]);
      expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(["fulfilled", "rejected"]);
      const lost = outcomes.find((outcome) => outcome.status === "rejected") as PromiseRejectedResult;
      expect(lost.reason).toMatchObject({ code: "OH409" });
      const won = outcomes.find(
        (outcome) => outcome.status === "fulfilled",
      ) as PromiseFulfilledResult<string>;
      expect(await stateOf(db, application)).toMatchObject({ stage: won.value, version: 1 });
      const moves = await withService(db, (tx) =>
        tx.query("select 1 from public.application_stage_history where application_id = $1", [application]),
      );
      expect(moves).toHaveLength(1);
    });
  });

  describe("the stage history", () => {
    it("nobody edits or deletes it, the service and the table owner included", async () => {
      const application = await insertApplication(db, people, { stage: "application" });
      await move(db, people.recruiterA, application, "screening");
      const appendOnly = { code: "42501", message: "the stage history is append-only" };
      await expect(
        withService(db, (tx) =>
          tx.query(
            "update public.application_stage_history set staff_note = 'anders' where application_id = $1",
            [application],
          ),
        ),
      ).rejects.toMatchObject(appendOnly);
      await expect(
        withService(db, (tx) =>
          tx.query("delete from public.application_stage_history where application_id = $1", [application]),
        ),
      ).rejects.toMatchObject(appendOnly);
      await expect(db.query("delete from public.application_stage_history")).rejects.toMatchObject(
        appendOnly,
      );
      await expect(db.query("truncate public.application_stage_history")).rejects.toMatchObject(appendOnly);
      await expect(
        queryAs(
          db,
          people.recruiterA,
          "delete from public.application_stage_history where application_id = $1",
          [application],
        ),
      ).rejects.toMatchObject(insufficientPrivilege);
    });

    it("the applicant follows their moves but never reads the recruiter's note; staff read it through a logged function", async () => {
      const owner = await createUser(db, "volger@voorbeeld.test");
      const application = await insertApplication(db, people, {
        stage: "application",
        ownerId: owner.id,
      });
      await move(db, people.recruiterA, application, "screening", null, "Twijfel over motivatie");
      expect(
        await queryAs(
          db,
          owner,
          "select to_stage from public.application_stage_history where application_id = $1",
          [application],
        ),
      ).toEqual([{ to_stage: "screening" }]);
      await expect(
        queryAs(db, owner, "select staff_note from public.application_stage_history"),
      ).rejects.toMatchObject(insufficientPrivilege);
      await expect(
        queryAs(db, owner, "select * from app.list_stage_history($1)", [application]),
      ).rejects.toMatchObject(insufficientPrivilege);
      await expect(
        queryAs(db, people.recruiterB, "select * from app.list_stage_history($1)", [application]),
      ).rejects.toMatchObject(insufficientPrivilege);
      const seen = await queryAs<{ to_stage: string; staff_note: string | null }>(
        db,
        people.recruiterA,
        "select to_stage, staff_note from app.list_stage_history($1)",
        [application],
      );
      expect(seen).toEqual([{ to_stage: "screening", staff_note: "Twijfel over motivatie" }]);
      const [logged] = await withService(db, (tx) =>
        tx.query(
          `select actor_id from public.audit_log
           where action = 'staff.read' and subject_id = $1 and details ->> 'purpose' = 'stage_history.list'`,
          [application],
        ),
      );
      expect(logged).toEqual({ actor_id: people.recruiterA.id });
    });

    it("goes with its application when that is erased", async () => {
      const application = await insertApplication(db, people, { stage: "application" });
      await move(db, people.recruiterA, application, "screening");
      await withService(db, (tx) => tx.query("delete from public.applications where id = $1", [application]));
      const left = await withService(db, (tx) =>
        tx.query("select 1 from public.application_stage_history where application_id = $1", [application]),
      );
      expect(left).toEqual([]);
    });
  });

  describe("screening checks", () => {
    it("only the organisation's recruiters see them: not another organisation, not its admin or placement worker, never the applicant", async () => {
      const application = await insertApplication(db, people, { stage: "screening" });
      const check = await record(db, people.recruiterA, application, {
        kind: "reference",
        status: "requested",
      });
      const visible = async (caller: Caller) =>
        (
          await queryAs<{ id: string }>(db, caller, "select id from public.screening_checks where id = $1", [
            check,
          ])
        ).map((row) => row.id);
      expect(await visible(people.recruiterA)).toEqual([check]);
      expect(await visible(people.recruiterB)).toEqual([]);
      expect(await visible(people.adminA)).toEqual([]);
      expect(await visible(people.placementWorkerA)).toEqual([]);
      expect(await visible(people.applicant)).toEqual([]);
      await expect(visible(null)).rejects.toMatchObject(insufficientPrivilege);

      for (const caller of [people.recruiterB, people.adminA, people.placementWorkerA, people.applicant]) {
        await expect(
          queryAs(db, caller, "select * from app.list_screening_checks($1)", [application]),
        ).rejects.toMatchObject(insufficientPrivilege);
        await expect(
          record(db, caller, application, { kind: "reference", status: "requested" }),
        ).rejects.toMatchObject(insufficientPrivilege);
      }
    });

    it("nobody writes them except through the recording function", async () => {
      const application = await insertApplication(db, people, { stage: "screening" });
      await expect(
        queryAs(
          db,
          people.recruiterA,
          `insert into public.screening_checks (application_id, organisation_id, kind) values ($1, $2, 'reference')`,
          [application, people.organisations.a],
        ),
      ).rejects.toMatchObject(insufficientPrivilege);
    });

    it("stamps who recorded a check, dates it, and sets a VGB's expiry two years after receipt", async () => {
      const application = await insertApplication(db, people, { stage: "screening" });
      const vgb = await record(db, people.recruiterA, application, {
        kind: "vgb",
        status: "requested",
        on: "2026-01-10",
      });
      await record(db, people.recruiterA, application, {
        kind: "vgb",
        check: vgb,
        status: "received",
        on: "2026-02-20",
      });
      const [row] = await queryAs(
        db,
        people.recruiterA,
        `select recorded_by, requested_on::text, received_on::text, expires_at::text, status::text
         from app.list_screening_checks($1) where id = $2`,
        [application, vgb],
      );
      expect(row).toEqual({
        recorded_by: people.recruiterA.id,
        requested_on: "2026-01-10",
        received_on: "2026-02-20",
        expires_at: "2028-02-20",
        status: "received",
      });
    });

    it("refuses a check dated in the future and a household member who does not exist", async () => {
      const application = await insertApplication(db, people, {
        stage: "screening",
        householdBirthYears: [1990],
      });
      await expect(
        record(db, people.recruiterA, application, {
          kind: "vgb",
          status: "received",
          on: `${thisYear + 1}-01-01`,
        }),
      ).rejects.toMatchObject({ code: "22023" });
      await expect(
        record(db, people.recruiterA, application, { kind: "vgb", member: 1, status: "requested" }),
      ).rejects.toMatchObject({ code: "22023" });
      await expect(
        record(db, people.recruiterA, application, { kind: "reference", member: 0, status: "requested" }),
      ).rejects.toMatchObject({ code: "22023" });
    });

    it("every change and every read is in the audit log, without the note", async () => {
      const application = await insertApplication(db, people, { stage: "screening" });
      const check = await record(db, people.recruiterA, application, {
        kind: "home_visit",
        status: "requested",
        note: "Geheime opmerking",
      });
      await record(db, people.recruiterA, application, { kind: "home_visit", check, status: "completed" });
      await queryAs(db, people.recruiterA, "select * from app.list_screening_checks($1)", [application]);
      const audit = await withService(db, (tx) =>
        tx.query<{
          action: string;
          actor_id: string;
          organisation_id: string;
          details: Record<string, unknown>;
        }>(
          `select action, actor_id, organisation_id, details from public.audit_log
           where subject_id in ($1, $2) order by id`,
          [check, application],
        ),
      );
      expect(audit.map((row) => [row.action, row.details])).toEqual([
        [
          "screening_check.recorded",
          { application_id: application, kind: "home_visit", status: "requested" },
        ],
        ["screening_check.updated", { application_id: application, kind: "home_visit", status: "completed" }],
        ["staff.read", { purpose: "screening_checks.list" }],
      ]);
      expect(audit.every((row) => row.actor_id === people.recruiterA.id)).toBe(true);
      expect(audit.every((row) => row.organisation_id === people.organisations.a)).toBe(true);
      expect(JSON.stringify(audit)).not.toContain("Geheime opmerking");
    });

    it("lists the VGBs that expire within 8 weeks for the organisation's recruiters, and logs that read", async () => {
      const application = await insertApplication(db, people, { stage: "available" });
      const dueSoon = await record(db, people.recruiterA, application, {
        kind: "vgb",
        status: "received",
        on: isoDaysAgo(2 * 365 - 30),
      });
      const recent = await record(db, people.recruiterA, application, {
        kind: "vgb",
        status: "received",
        on: isoDaysAgo(10),
      });
      const otherOrganisation = await insertApplication(db, people, {
        stage: "available",
        organisation: "b",
      });
      const elsewhere = await record(db, people.recruiterB, otherOrganisation, {
        kind: "vgb",
        status: "received",
        on: isoDaysAgo(2 * 365 - 30),
      });

      const due = await queryAs<{ id: string }>(
        db,
        people.recruiterA,
        "select id from app.expiring_screening_checks($1)",
        [people.organisations.a],
      );
      const ids = due.map((row) => row.id);
      expect(ids).toContain(dueSoon);
      expect(ids).not.toContain(recent);
      expect(ids).not.toContain(elsewhere);
      const logged = (
        await withService(db, (tx) =>
          tx.query<{ subject_id: string }>(
            `select subject_id from public.audit_log
             where action = 'staff.read' and details ->> 'purpose' = 'screening_checks.expiring'`,
          ),
        )
      ).map((row) => row.subject_id);
      expect(logged).toContain(application);
      expect(logged).not.toContain(otherOrganisation);

      for (const caller of [people.recruiterB, people.adminA, people.placementWorkerA, people.applicant]) {
        await expect(
          queryAs(db, caller, "select * from app.expiring_screening_checks($1)", [people.organisations.a]),
        ).rejects.toMatchObject(insufficientPrivilege);
      }
    });
  });

  describe("the server's use cases", () => {
    it("a stale page gets a Dutch message with where the applicant is now and when it moved", async () => {
      const application = await insertApplication(db, people, { stage: "application" });
      const loaded = { applicationId: application, expectedVersion: 0 };
      expect(await moveApplicant(db, people.recruiterA.claims, { ...loaded, toStage: "screening" })).toEqual({
        version: 1,
      });
      const fromColleague = await moveApplicant(db, people.adminA.claims, {
        ...loaded,
        toStage: "introduction",
      }).catch((caught: unknown) => caught);
      expect(fromColleague).toBeInstanceOf(UserFacingError);
      expect((fromColleague as Error).message).toMatch(
        /^Een collega heeft deze aanmelding op .+ al verplaatst naar Screening\. Bekijk de nieuwe stand en kies opnieuw\.$/,
      );
      const fromOtherWindow = await moveApplicant(db, people.recruiterA.claims, {
        ...loaded,
        toStage: "introduction",
      }).catch((caught: unknown) => caught);
      expect((fromOtherWindow as Error).message).toMatch(
        /^Je hebt deze aanmelding op .+ al verplaatst naar Screening\./,
      );
    });

    it("a refused move reads as the rule it breaks, next to the field it concerns", async () => {
      const application = await insertApplication(db, people, { stage: "screening" });
      const attempt = (toStage: "preparation" | "withdrawn", reasonCode: string | null = null) =>
        moveApplicant(db, people.recruiterA.claims, {
          applicationId: application,
          toStage,
          expectedVersion: 0,
          reasonCode,
        });
      await expect(attempt("preparation")).rejects.toEqual(
        // A missing requirement is about the chosen next stage, so the page shows it at that field.
        userError(refusedMoveMessages.vgb_missing.message, "toStage"),
      );
      await expect(attempt("withdrawn")).rejects.toEqual(
        userError(refusedMoveMessages.reason_code_required.message, "reasonCode"),
      );
      await expect(
        moveApplicant(db, people.placementWorkerA.claims, {
          applicationId: application,
          toStage: "preparation",
          expectedVersion: 0,
        }),
      ).rejects.toEqual(userError(notAllowedMessage));
      expect(await stateOf(db, application)).toMatchObject({ stage: "screening", version: 0 });
    });

    it("records and lists checks for the organisation's recruiter, and for nobody else", async () => {
      const application = await insertApplication(db, people, {
        stage: "screening",
        householdBirthYears: [1990],
      });
      const id = await recordScreeningCheck(db, people.recruiterA.claims, {
        applicationId: application,
        kind: "vgb",
        householdMember: 0,
        status: "received",
        happenedOn: "2026-03-02",
      });
      expect(await listScreeningChecks(db, people.recruiterA.claims, application)).toEqual([
        expect.objectContaining({
          id,
          kind: "vgb",
          householdMember: 0,
          status: "received",
          receivedOn: "2026-03-02",
          expiresAt: "2028-03-02",
          recordedBy: people.recruiterA.id,
        }),
      ]);
      await expect(listScreeningChecks(db, people.recruiterB.claims, application)).rejects.toEqual(
        userError(notAllowedMessage),
      );
      await expect(
        recordScreeningCheck(db, people.adminA.claims, {
          applicationId: application,
          kind: "reference",
          status: "requested",
        }),
      ).rejects.toEqual(userError(notAllowedMessage));
    });

    it("a decision without its written reason, or a date in the future, is refused and nothing is saved", async () => {
      const application = await insertApplication(db, people, { stage: "decision" });
      await expect(
        recordScreeningCheck(db, people.recruiterA.claims, {
          applicationId: application,
          kind: "decision",
          status: "completed",
          decision: "suitable",
          note: "  ",
        }),
      ).rejects.toEqual(userError("Schrijf de reden van het besluit op.", "note"));
      await expect(
        recordScreeningCheck(db, people.recruiterA.claims, {
          applicationId: application,
          kind: "reference",
          status: "received",
          happenedOn: `${thisYear + 1}-01-01`,
        }),
      ).rejects.toEqual(
        userError("Een datum in de toekomst kan nog niet; kies vandaag of eerder.", "happenedOn"),
      );
      expect(await listScreeningChecks(db, people.recruiterA.claims, application)).toEqual([]);
    });
  });
});
function isoDaysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}
