import { describe, expect, it } from "vitest";
import { boardMoveTargets } from "../../src/domain/applications/pipeline-board";
import { parsePipelineFilters } from "../../src/domain/applications/pipeline-filters";
import { listPipeline } from "../../src/server/applications/list-pipeline";
import { listStageRoutes } from "../../src/server/screening/list-stage-routes";
import { moveApplicant } from "../../src/server/screening/move-applicant";
import type { Database } from "../../src/server/sql/engine";
import { withService } from "../../src/server/sql/with-user";
import { testEngines } from "../support/databases";
import { type Personas, usePersonaDatabase } from "./personas";

interface Fixture {
  first: string;
  last: string;
  organisation?: "a" | "b";
  stage?: string;
  status?: "draft" | "submitted" | "parked" | "withdrawn" | "rejected";
  parentTypes?: string[];
  source?: string;
  campaign?: string;
  /** Days ago it was submitted; its last move, if any, `movedDaysAgo`. */
  submittedDaysAgo?: number;
  movedDaysAgo?: number;
}

let serial = 0;

async function insert(db: Database, people: Personas, fixture: Fixture): Promise<string> {
  serial += 1;
  return withService(db, async (tx) => {
    const [row] = await tx.query<{ id: string }>(
      `insert into public.applications
         (email, status, stage, organisation_id, region_id, first_name, last_name, parent_types, source, utm,
          submitted_at)
       values ($1, $2::public.application_status, $3::public.applicant_stage, $4, $5, $6, $7,
               $8::public.parent_type[], $9, $10::text::jsonb,
               case when $2 = 'draft' then null else now() - make_interval(days => $11::int) end)
       returning id`,
      [
        `${fixture.first.toLowerCase()}.${serial}@voorbeeld.test`,
        fixture.status ?? "submitted",
        fixture.stage ?? "application",
        fixture.organisation === "b" ? people.organisations.b : people.organisations.a,
        people.regions.utrecht,
        fixture.first,
        fixture.last,
        fixture.parentTypes ?? ["foster"],
        fixture.source ?? null,
        JSON.stringify(fixture.campaign ? { utm_campaign: fixture.campaign } : {}),
        fixture.submittedDaysAgo ?? 1,
      ],
    );
    if (fixture.movedDaysAgo !== undefined)
      await tx.query(
        `insert into public.application_stage_history (application_id, from_stage, to_stage, at)
         values ($1, 'application', $2::public.applicant_stage, now() - make_interval(days => $3::int))`,
        [row.id, fixture.stage ?? "application", fixture.movedDaysAgo],
      );
    return row.id;
  });
}

const view = (query: string) => parsePipelineFilters(new URLSearchParams(query)).filters;

describe.each(testEngines)("the recruiter's pipeline on $name", (engine) => {
  let db: Database;
  let people: Personas;
  const ids: Record<string, string> = {};
  usePersonaDatabase(engine, (opened) => ({ db, people } = opened));

  type Caller = "recruiterA" | "recruiterB" | "adminA" | "placementWorkerA" | "applicant";
  const names = async (caller: Caller, query: string) =>
    (await listPipeline(db, people[caller].claims, view(query))).items.map((item) => item.name);

  it("sets up applicants of two organisations", async () => {
    ids.anna = await insert(db, people, {
      first: "Anna",
      last: "Aalders",
      stage: "screening",
      source: "Facebook",
      submittedDaysAgo: 40,
      movedDaysAgo: 20,
    });
    ids.bram = await insert(db, people, {
      first: "Bram",
      last: "Bosman",
      stage: "screening",
      parentTypes: ["support"],
      submittedDaysAgo: 5,
    });
    ids.cor = await insert(db, people, {
      first: "Cor",
      last: "Claassen",
      stage: "preparation",
      parentTypes: ["foster", "family_home"],
      campaign: "najaar-2026",
      submittedDaysAgo: 60,
      movedDaysAgo: 2,
    });
    ids.dirk = await insert(db, people, {
      first: "Dirk",
      last: "Dekker",
      status: "parked",
      stage: "screening",
    });
    ids.eva = await insert(db, people, { first: "Eva", last: "Evers", status: "withdrawn" });
    ids.fien = await insert(db, people, {
      first: "Fien",
      last: "Fokker",
      status: "rejected",
      stage: "decision",
    });
    ids.gert = await insert(db, people, { first: "Gert", last: "Groen", status: "draft" });
    ids.henk = await insert(db, people, {
      first: "Henk",
      last: "Hoek",
      organisation: "b",
      stage: "screening",
    });
  });

  it("shows a recruiter only the sent, open applications of their own organisation, with counts per stage", async () => {
    const pipeline = await listPipeline(db, people.recruiterA.claims, view(""));
    expect(pipeline.items.map((item) => item.name).sort()).toEqual([
      "Anna Aalders",
      "Bram Bosman",
      "Cor Claassen",
    ]);
    expect(pipeline.countsByStage).toMatchObject({ screening: 2, preparation: 1, application: 0 });
    expect(pipeline.total).toBe(3);
    expect(await names("recruiterB", "")).toEqual(["Henk Hoek"]);
    expect(await names("adminA", "")).toHaveLength(3);
  });

  it("shows nothing to a placement worker or an applicant", async () => {
    expect(await names("placementWorkerA", "")).toEqual([]);
    expect(await names("applicant", "")).toEqual([]);
  });

  it("reports the days since the last move, or since sending when nothing moved", async () => {
    const { items } = await listPipeline(db, people.recruiterA.claims, view(""));
    const quiet = Object.fromEntries(items.map((item) => [item.name, item.daysQuiet]));
    expect(quiet).toEqual({ "Anna Aalders": 20, "Bram Bosman": 5, "Cor Claassen": 2 });
    expect(items.find((item) => item.name === "Cor Claassen")?.reference).toBe(
      ids.cor.slice(0, 8).toUpperCase(),
    );
  });

  it("filters by stage (counts keep every stage), status, parent type, source or campaign and quiet days", async () => {
    const screening = await listPipeline(db, people.recruiterA.claims, view("fase=screening"));
    expect(screening.items.map((item) => item.name).sort()).toEqual(["Anna Aalders", "Bram Bosman"]);
    expect(screening.countsByStage.preparation).toBe(1);
    expect(screening.total).toBe(2);
    expect(await names("recruiterA", "status=parked")).toEqual(["Dirk Dekker"]);
    expect(await names("recruiterA", "status=withdrawn")).toEqual(["Eva Evers"]);
    expect(await names("recruiterA", "status=rejected")).toEqual(["Fien Fokker"]);
    expect(await names("recruiterA", "ouder=support")).toEqual(["Bram Bosman"]);
    expect(await names("recruiterA", "ouder=family_home")).toEqual(["Cor Claassen"]);
    expect(await names("recruiterA", "bron=faceb")).toEqual(["Anna Aalders"]);
    expect(await names("recruiterA", "bron=najaar")).toEqual(["Cor Claassen"]);
    expect(await names("recruiterA", "stil=14")).toEqual(["Anna Aalders"]);
    expect(await names("recruiterA", "stil=3&sorteer=naam&richting=op&weergave=tabel")).toEqual([
      "Anna Aalders",
      "Bram Bosman",
    ]);
  });

  it("searches by name, email and reference, taking % and _ literally", async () => {
    expect(await names("recruiterA", "zoek=bram bos")).toEqual(["Bram Bosman"]);
    expect(await names("recruiterA", "zoek=CLAASSEN")).toEqual(["Cor Claassen"]);
    expect(await names("recruiterA", "zoek=anna.")).toEqual(["Anna Aalders"]);
    expect(await names("recruiterA", `zoek=${ids.cor.slice(0, 8).toUpperCase()}`)).toEqual(["Cor Claassen"]);
    expect(await names("recruiterA", "zoek=%")).toEqual([]);
    expect(await names("recruiterA", "zoek=_")).toEqual([]);
    expect(await names("recruiterA", "zoek=Henk")).toEqual([]);
  });

  it("sorts and pages the table", async () => {
    for (let index = 0; index < 26; index += 1)
      await insert(db, people, {
        first: "Pim",
        last: `Pagina ${String(index).padStart(2, "0")}`,
        stage: "interest",
      });
    const first = await listPipeline(
      db,
      people.recruiterA.claims,
      view("weergave=tabel&sorteer=naam&richting=op"),
    );
    expect(first.total).toBe(29);
    expect(first.pageCount).toBe(2);
    expect(first.items).toHaveLength(25);
    expect(first.items.slice(0, 4).map((item) => item.name)).toEqual([
      "Anna Aalders",
      "Bram Bosman",
      "Cor Claassen",
      "Pim Pagina 00",
    ]);
    const second = await names("recruiterA", "weergave=tabel&sorteer=naam&richting=op&pagina=2");
    expect(second).toEqual(["Pim Pagina 22", "Pim Pagina 23", "Pim Pagina 24", "Pim Pagina 25"]);
    const descending = await names("recruiterA", "weergave=tabel&sorteer=naam&richting=af");
    expect(descending[0]).toBe("Pim Pagina 25");
    const byStage = await names("recruiterA", "weergave=tabel&sorteer=fase&richting=af");
    expect(byStage[0]).toBe("Cor Claassen");
    expect(await names("recruiterA", "weergave=tabel&pagina=9")).toEqual([]);
  });

  it("logs the staff read of every application shown", async () => {
    const before = await withService(db, (tx) =>
      tx.query<{ count: number }>(
        "select count(*)::int as count from public.audit_log where action = 'staff.read'",
      ),
    );
    await listPipeline(db, people.recruiterA.claims, view("fase=screening"));
    const logged = await withService(db, (tx) =>
      tx.query<{ subject_id: string; details: { purpose: string } }>(
        "select subject_id, details from public.audit_log where action = 'staff.read' order by id offset $1",
        [before[0].count],
      ),
    );
    expect(logged.map((row) => row.subject_id).sort()).toEqual([ids.anna, ids.bram].sort());
    expect(logged[0].details.purpose).toBe("application.list");
  });

  // Last: it moves Bram, whom the filters above count in screening.
  it("gives the board each card's version, and the routes say where a card may go from its stage", async () => {
    const card = async (name: string) => {
      const { items } = await listPipeline(db, people.recruiterA.claims, view(""));
      const found = items.find((item) => item.name === name);
      if (!found) throw new Error(`${name} is not on the board`);
      return found;
    };
    const routes = await listStageRoutes(db, people.recruiterA.claims);
    const bram = await card("Bram Bosman");
    // A support parent skips the family assessment; "available" goes through approval only.
    expect(boardMoveTargets(bram, routes)).toEqual(["application", "preparation"]);
    expect(boardMoveTargets({ stage: "preparation", parentTypes: ["support"] }, routes)).toEqual([
      "screening",
      "decision",
    ]);
    expect(boardMoveTargets(await card("Cor Claassen"), routes)).toEqual(["screening", "family_assessment"]);
    expect(boardMoveTargets({ stage: "decision", parentTypes: ["foster"] }, routes)).toEqual([
      "family_assessment",
    ]);

    await moveApplicant(db, people.recruiterA.claims, {
      applicationId: ids.bram,
      toStage: "application",
      expectedVersion: bram.version,
    });
    expect(await card("Bram Bosman")).toMatchObject({ stage: "application", version: bram.version + 1 });
  });
});
