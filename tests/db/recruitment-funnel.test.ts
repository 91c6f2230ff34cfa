import { describe, expect, it } from "vitest";
import type { FunnelStageCount } from "../../src/domain/recruitment/funnel";
import { parseFunnelFilters } from "../../src/domain/recruitment/funnel-filters";
import { getRecruitmentFunnel } from "../../src/server/recruitment/get-recruitment-funnel";
import { logFunnelExport } from "../../src/server/recruitment/log-funnel-export";
import type { Database } from "../../src/server/sql/engine";
import { withService } from "../../src/server/sql/with-user";
import { testEngines } from "../support/databases";
import { insufficientPrivilege, type Persona, type Personas, queryAs, usePersonaDatabase } from "./personas";

const today = new Date("2026-03-20T12:00:00Z");

interface Move {
  to: string;
  on: string;
  /** An exit: the application stays in its stage and gets this status and reason. */
  exit?: { status: "withdrawn" | "rejected" | "parked"; reason: string };
}

interface FixtureApplication {
  organisation: "a" | "b";
  parentTypes: string[];
  source: string;
  submittedOn: string;
  status?: "draft" | "submitted";
  moves: Move[];
}

/**
 * Hand-built: four sent applications of organisation A in January to March 2026, one of B, one of A
 * sent before the period and one draft. Every number the tests expect is worked out from these.
 */
const fixture: FixtureApplication[] = [
  {
    organisation: "a",
    parentTypes: ["foster"],
    source: "Website",
    submittedOn: "2026-01-10",
    moves: [
      { to: "screening", on: "2026-01-20" },
      { to: "preparation", on: "2026-02-19" },
    ],
  },
  {
    organisation: "a",
    parentTypes: ["foster"],
    source: "Facebook",
    submittedOn: "2026-01-15",
    moves: [
      { to: "screening", on: "2026-01-19" },
      { to: "screening", on: "2026-02-01", exit: { status: "withdrawn", reason: "no_response" } },
    ],
  },
  {
    organisation: "a",
    parentTypes: ["support"],
    source: "Website",
    submittedOn: "2026-02-05",
    moves: [
      { to: "screening", on: "2026-02-25" },
      { to: "preparation", on: "2026-02-28" },
      { to: "decision", on: "2026-03-09" },
    ],
  },
  { organisation: "a", parentTypes: ["foster"], source: "Website", submittedOn: "2026-03-01", moves: [] },
  {
    organisation: "b",
    parentTypes: ["foster"],
    source: "Website",
    submittedOn: "2026-01-05",
    moves: [{ to: "screening", on: "2026-01-06" }],
  },
  { organisation: "a", parentTypes: ["foster"], source: "Website", submittedOn: "2025-12-20", moves: [] },
  {
    organisation: "a",
    parentTypes: ["foster"],
    source: "Website",
    submittedOn: "2026-01-12",
    status: "draft",
    moves: [],
  },
];

async function insertFixture(db: Database, people: Personas): Promise<void> {
  await withService(db, async (tx) => {
    for (const [index, application] of fixture.entries()) {
      const last = application.moves.at(-1);
      const [row] = await tx.query<{ id: string }>(
        `insert into public.applications (email, status, stage, exit_reason_code, organisation_id, region_id,
           parent_types, source, submitted_at)
         values ($1, $2::public.application_status, $3::public.applicant_stage, $4, $5, $6,
                 $7::public.parent_type[], $8, ($9::date + time '10:00') at time zone 'Europe/Amsterdam')
         returning id`,
        [
          `trechter.${index}@voorbeeld.test`,
          last?.exit?.status ?? application.status ?? "submitted",
          last?.to ?? "application",
          last?.exit?.reason ?? null,
          people.organisations[application.organisation],
          people.regions.utrecht,
          application.parentTypes,
          application.source,
          application.submittedOn,
        ],
      );
      let stage = "interest";
      for (const move of [{ to: "application", on: application.submittedOn }, ...application.moves]) {
        await tx.query(
          `insert into public.application_stage_history (application_id, from_stage, to_stage, to_status, reason_code, at)
           values ($1, $2::public.applicant_stage, $3::public.applicant_stage, $4::public.application_status, $5,
                   ($6::date + time '10:00') at time zone 'Europe/Amsterdam')`,
          [row.id, stage, move.to, move.exit?.status ?? "submitted", move.exit?.reason ?? null, move.on],
        );
        stage = move.to;
      }
    }
  });
}

const filtersOf = (query: string) => parseFunnelFilters(new URLSearchParams(query), today).filters;
const januaryToMarch = "van=2026-01&tot=2026-03";

const row = (stages: FunnelStageCount[], breakdown: string, bucket: string | null, stage: string) =>
  stages.find(
    (candidate) =>
      candidate.breakdown === breakdown && candidate.bucket === bucket && candidate.stage === stage,
  );

const overall = (stages: FunnelStageCount[]) =>
  Object.fromEntries(
    stages
      .filter((candidate) => candidate.breakdown === "all")
      .map((candidate) => [candidate.stage, [candidate.reached, candidate.movedOn, candidate.medianDays]]),
  );

describe.each(testEngines)("the recruitment funnel on $name", (engine) => {
  let db: Database;
  let people: Personas;
  usePersonaDatabase(engine, (opened) => {
    ({ db, people } = opened);
  });

  const funnelFor = (persona: Persona, query = januaryToMarch) =>
    getRecruitmentFunnel(db, persona.claims, filtersOf(query));

  it("counts who reached each stage, who moved on to the next and the median days of a finished stay", async () => {
    await insertFixture(db, people);
    const funnel = await funnelFor(people.recruiterA);

    // [reached, moved on, median days]. Application: 4 sent, 3 reached screening, stays of 10, 4
    // and 20 days. Screening: stays of 30 and 3 days (the stay that ended in an exit does not count).
    // Preparation: the support parent went on to the decision (no family assessment on that route).
    expect(overall(funnel.stages)).toEqual({
      application: [4, 3, 10],
      screening: [3, 2, 16.5],
      preparation: [2, 1, 9],
      family_assessment: [0, 0, null],
      decision: [1, 0, null],
      available: [0, 0, null],
    });
    expect(funnel.exits.filter((exit) => exit.breakdown === "all")).toEqual([
      {
        breakdown: "all",
        bucket: null,
        exit: "withdrawn",
        reasonCode: "no_response",
        reason: "Geen reactie meer",
        stage: "screening",
        applications: 1,
      },
    ]);
  });

  it("breaks the numbers down by source, parent type and month of sending", async () => {
    const { stages } = await funnelFor(people.recruiterA);
    expect(row(stages, "source", "Website", "application")).toMatchObject({ reached: 3, movedOn: 2 });
    expect(row(stages, "source", "Facebook", "screening")).toMatchObject({ reached: 1, movedOn: 0 });
    expect(row(stages, "parent_type", "foster", "application")?.reached).toBe(3);
    expect(row(stages, "parent_type", "support", "family_assessment")).toBeUndefined();
    expect(row(stages, "parent_type", "support", "decision")?.reached).toBe(1);
    expect(row(stages, "month", "2026-01", "application")).toMatchObject({ reached: 2, movedOn: 2 });
    expect(row(stages, "month", "2026-03", "application")).toMatchObject({ reached: 1, movedOn: 0 });
  });

  it("filters by period, parent type and source", async () => {
    expect(
      overall((await funnelFor(people.recruiterA, "van=2026-01&tot=2026-01")).stages).application,
    ).toEqual([2, 2, 4 + (10 - 4) / 2]);
    expect(
      overall((await funnelFor(people.recruiterA, `${januaryToMarch}&ouder=support`)).stages).application,
    ).toEqual([1, 1, 20]);
    const bySource = await funnelFor(people.recruiterA, `${januaryToMarch}&bron=WEB`);
    expect(overall(bySource.stages).application[0]).toBe(3);
    expect(bySource.exits).toEqual([]);
    expect((await funnelFor(people.recruiterA, `${januaryToMarch}&bron=%25`)).stages).toEqual([]);
  });

  it("gives recruiter B none of A's numbers, and refuses B when asking for A by name", async () => {
    const own = await funnelFor(people.recruiterB);
    expect(overall(own.stages).application).toEqual([1, 1, 1]);
    expect(own.organisations.map((organisation) => organisation.id)).toEqual([people.organisations.b]);

    const askingForA = await funnelFor(
      people.recruiterB,
      `${januaryToMarch}&organisatie=${people.organisations.a}`,
    );
    expect(askingForA.organisationDropped).toBe(true);
    expect(overall(askingForA.stages).application).toEqual([1, 1, 1]);
    for (const functionName of ["app.recruitment_funnel", "app.recruitment_exits"]) {
      await expect(
        queryAs(
          db,
          people.recruiterB,
          `select * from ${functionName}($1, '2026-01-01', '2026-04-01', null, null)`,
          [people.organisations.a],
        ),
      ).rejects.toMatchObject(insufficientPrivilege);
    }
  });

  it("gives an admin the whole region, withholding groups with one to four of another organisation's applicants", async () => {
    const region = await funnelFor(people.adminA);
    expect(region.organisations.map((organisation) => organisation.id).sort()).toEqual(
      [people.organisations.a, people.organisations.b].sort(),
    );
    // B's single applicant is in four groups (all, its source, parent type and month): each is left
    // out whole, else subtracting A's own numbers would show B's applicant.
    expect(region.withheldGroups).toBe(4);
    expect(overall(region.stages)).toEqual({});
    const own = await funnelFor(people.adminA, `${januaryToMarch}&organisatie=${people.organisations.a}`);
    expect(own.withheldGroups).toBe(0);
    expect(overall(own.stages).application[0]).toBe(4);
    const onlyB = await funnelFor(people.adminA, `${januaryToMarch}&organisatie=${people.organisations.b}`);
    expect([onlyB.stages, onlyB.exits, onlyB.withheldGroups]).toEqual([[], [], 4]);
    // B's own recruiter is not held back from B's numbers.
    expect((await funnelFor(people.recruiterB)).withheldGroups).toBe(0);
  });

  it("gives people without a recruiting role no numbers", async () => {
    expect((await funnelFor(people.placementWorkerA)).stages).toEqual([]);
    expect((await funnelFor(people.applicant)).stages).toEqual([]);
  });

  it("logs an export in the audit log under the organisation of the one who exported", async () => {
    await logFunnelExport(db, people.recruiterA.claims, "fasen", januaryToMarch);
    const logged = await withService(db, (tx) =>
      tx.query<{ organisation_id: string; actor_id: string; subject_id: string; purpose: string }>(
        `select organisation_id, actor_id, subject_id, details ->> 'purpose' as purpose
         from public.audit_log where subject_type = 'funnel_report'`,
      ),
    );
    expect(logged).toEqual([
      {
        organisation_id: people.organisations.a,
        actor_id: people.recruiterA.id,
        subject_id: `fasen?${januaryToMarch}`,
        purpose: "funnel.export",
      },
    ]);
  });
});
