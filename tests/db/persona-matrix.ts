import { randomBytes, randomUUID } from "node:crypto";
import type { Applicant } from "../../src/server/applications/applicant";
import { getMyApplication } from "../../src/server/applications/get-my-application";
import { locateApplication } from "../../src/server/applications/locate-application";
import { startApplication } from "../../src/server/applications/start-application";
import { submitApplication } from "../../src/server/applications/submit-application";
import { completeSignIn } from "../../src/server/auth/complete-sign-in";
import { visitorKey } from "../../src/server/client-address";
import { registerForEvening } from "../../src/server/evenings/register-for-evening";
import { createGazetteerGeocoder } from "../../src/server/geocode/gazetteer";
import { createRecruiterCampaign } from "../../src/server/recruiter-campaigns/create-recruiter-campaign";
import { setCampaignPublished } from "../../src/server/recruiter-campaigns/set-campaign-published";
import type { Database } from "../../src/server/sql/engine";
import { type Claims, type VisitorClaims, withService, withUser } from "../../src/server/sql/with-user";
import {
  completeDraft,
  aboutYou as fixtureAboutYou,
  myApplicationUrl,
  noSource,
} from "../support/applicant-fixtures";
import { createPersonas, createUser, type Personas } from "./personas";

/**
 * The persona matrix: every table, view and function in the schemas we own, enumerated from
 * pg_catalog, against a fixture in which every table that people write has rows of more than one
 * owner. The expectations live in persona-matrix.test.ts; this module builds the fixture and
 * measures what each persona can actually do.
 */

export const personaNames = [
  "anon",
  "draftHolder",
  "formerDraftHolder",
  "applicantA",
  "applicantB",
  "recruiterA",
  "recruiterB",
  "placementWorkerA",
  "adminA",
  "service",
] as const;
export type PersonaName = (typeof personaNames)[number];

export type DatabaseRole = "anon" | "authenticated" | "service_role";

export const databaseRoleOf: Record<PersonaName, DatabaseRole> = {
  anon: "anon",
  draftHolder: "anon",
  formerDraftHolder: "anon",
  applicantA: "authenticated",
  applicantB: "authenticated",
  recruiterA: "authenticated",
  recruiterB: "authenticated",
  placementWorkerA: "authenticated",
  adminA: "authenticated",
  service: "service_role",
};

/** The statement fails for lack of a grant (SQLSTATE 42501) before any row is looked at. */
export const DENIED = "denied";
/** Every row there is: for the service role, which bypasses row level security. */
export const ALL = "all";
/** The role holds the grant, but a policy's check or a trigger refuses the statement. */
export const REFUSED = "refused";
export const ALLOWED = "allowed";

/** The rows reached, by label; for update and delete, the rows the statement would change. */
export type RowsCell = typeof DENIED | typeof REFUSED | typeof ALL | readonly string[];
export type InsertCell = typeof DENIED | typeof REFUSED | typeof ALLOWED;
/** Every column, none, the columns listed, or every column but the ones listed. */
export type ColumnsCell = "all" | "none" | readonly string[] | { except: readonly string[] };

/** Cells per persona; `others` covers every persona not named. */
export type PerPersona<Cell> = Partial<Record<PersonaName | "others", Cell>>;

export interface TableExpectation {
  /** SQL over alias `t` naming a row for people, evaluated as the service (joins allowed). */
  label?: string;
  /** SQL over alias `t` that identifies a row; the primary key when left out (views need one). */
  key?: string;
  select: PerPersona<RowsCell>;
  insert: PerPersona<InsertCell>;
  update: PerPersona<RowsCell>;
  delete: PerPersona<RowsCell>;
  /** A row the insert probe tries to add for every persona whose role holds an insert grant. */
  insertProbe?: (fixture: MatrixFixture) => { sql: string; params: unknown[] };
  /** Column grants of anon and authenticated where they are not simply all or none. */
  columns?: Partial<Record<"anon" | "authenticated", Partial<Record<ColumnPrivilege, ColumnsCell>>>>;
}

export type ColumnPrivilege = "select" | "insert" | "update";

export interface FunctionExpectation {
  execute: readonly DatabaseRole[];
}

/** A representative call that only the right organisation's staff (or the owner) may make. */
export interface ScopedCall {
  what: string;
  sql: string;
  params: (fixture: MatrixFixture) => unknown[];
  rightful: PersonaName;
  refused: readonly PersonaName[];
}

export interface MatrixFixture {
  people: Personas;
  claims: Record<Exclude<PersonaName, "service">, Claims | VisitorClaims | null>;
  applications: { a: string; b: string; draft: string };
  evenings: { a: string; b: string; pastA: string };
  registrations: { guestAtA: string; applicantAAtB: string };
  /** A proposed Gezin B-201 for its need (waiting for B); B placed its need with Gezin A-101. */
  proposals: { aToB: string; bToA: string };
  placements: { bInA: string };
}

export const emails = {
  applicantA: "aanmelder@voorbeeld.test",
  applicantB: "aanmelder.b@voorbeeld.test",
  draftHolder: "bezoeker@voorbeeld.test",
  eveningGuest: "gast@voorbeeld.test",
};

const fixtureVisitor = visitorKey("192.0.2.1");
const newToken = () => randomBytes(32).toString("base64url");
const geocoder = createGazetteerGeocoder();

const aboutYou = (email: string, firstName: string) => fixtureAboutYou(email, { firstName });

/** Fills in steps 2–5 the way the form does and routes the application to Pleegzorg A (3512). */
async function fillInAndRoute(db: Database, applicant: Applicant): Promise<string> {
  const applicationId = await completeDraft(db, applicant);
  await locateApplication(db, geocoder, applicationId);
  return applicationId;
}

async function insertEvening(db: Database, organisation: string, title: string, startsInDays: number) {
  const [row] = await withService(db, (tx) =>
    tx.query<{ id: string }>(
      `insert into public.information_evenings
         (organisation_id, region_id, title, starts_at, ends_at, online, join_url, capacity)
       select o.id, o.region_id, $2, now() + make_interval(days => $3), now() + make_interval(days => $3, hours => 2),
              true, 'https://meet.voorbeeld.test/' || o.slug, 20
       from public.organisations o where o.id = $1
       returning id`,
      [organisation, title, startsInDays],
    ),
  );
  return row.id;
}

/**
 * The people of createPersonas plus what applicants leave behind, made through the same use cases
 * the pages call: applicant A started anonymously, signed in and sent their application; applicant B
 * started anonymously and signed in, still a draft; a visitor holds an unclaimed draft; a guest
 * registered for Pleegzorg A's evening without an account; applicant A, signed in, for Jeugdzorg B's.
 * Recruiter A published a campaign and keeps a draft; recruiter B keeps a draft.
 */
export async function createMatrixFixture(db: Database): Promise<MatrixFixture> {
  const people = await createPersonas(db);
  const applicantA = people.applicant;
  const applicantB = await createUser(db, emails.applicantB);

  const browserOfA: Applicant = { claims: null, draftToken: newToken() };
  await startApplication(
    db,
    browserOfA,
    aboutYou(emails.applicantA, "Anna"),
    noSource,
    fixtureVisitor,
    myApplicationUrl,
  );
  await fillInAndRoute(db, browserOfA);
  await completeSignIn(db, applicantA.claims);
  await submitApplication(db, { claims: applicantA.claims, draftToken: undefined }, "http://localhost/mijn");

  const browserOfB: Applicant = { claims: null, draftToken: newToken() };
  await startApplication(
    db,
    browserOfB,
    aboutYou(emails.applicantB, "Bram"),
    noSource,
    fixtureVisitor,
    myApplicationUrl,
  );
  await fillInAndRoute(db, browserOfB);
  await completeSignIn(db, applicantB.claims);

  const visitor: Applicant = { claims: null, draftToken: newToken() };
  await startApplication(
    db,
    visitor,
    aboutYou(emails.draftHolder, "Daan"),
    noSource,
    fixtureVisitor,
    myApplicationUrl,
  );
  await fillInAndRoute(db, visitor);

  const evenings = {
    a: await insertEvening(db, people.organisations.a, "Informatieavond A", 7),
    b: await insertEvening(db, people.organisations.b, "Informatieavond B", 8),
    pastA: await insertEvening(db, people.organisations.a, "Afgelopen avond A", -7),
  };
  const siteUrl = "http://localhost";
  await registerForEvening(
    db,
    null,
    {
      eveningId: evenings.a,
      email: emails.eveningGuest,
      firstName: "Gijs",
      siteUrl,
    },
    fixtureVisitor,
  );
  await registerForEvening(
    db,
    applicantA.claims,
    {
      eveningId: evenings.b,
      email: emails.applicantA,
      firstName: "Anna",
      siteUrl,
    },
    fixtureVisitor,
  );

  const idOf = async (applicant: Applicant) => (await getMyApplication(db, applicant))?.id ?? "";
  const registrationId = async (evening: string, email: string) => {
    const [row] = await withService(db, (tx) =>
      tx.query<{ id: string }>(
        "select id from public.evening_registrations where evening_id = $1 and email = $2",
        [evening, email],
      ),
    );
    return row.id;
  };

  const applications = {
    a: await idOf({ claims: applicantA.claims, draftToken: undefined }),
    b: await idOf({ claims: applicantB.claims, draftToken: undefined }),
    draft: await idOf(visitor),
  };
  await createCampaigns(db, people);
  await withUser(db, people.recruiterA.claims, async (tx) => {
    await tx.query(
      "select app.record_screening_check($1, null, 'vgb', null, 'requested', null, null, null)",
      [applications.a],
    );
    await tx.query(
      "select app.save_mail_template($1, 'training_invitation', 'Training', 'Beste {{voornaam}}, tot {{datum}}.')",
      [people.organisations.a],
    );
    await tx.query(
      "select app.record_applicant_mail($1, 'introduction_invitation', 'Uitnodiging', gen_random_uuid())",
      [applications.a],
    );
  });
  await withUser(db, people.adminA.claims, (tx) =>
    tx.query("select app.set_quiet_after_days($1, 21)", [people.organisations.a]),
  );
  await withUser(db, people.recruiterA.claims, (tx) =>
    tx.query("select app.assign_applicant($1, $2, 0)", [applications.a, people.recruiterA.id]),
  );

  const placementSteps = await proposalsBetweenAAndB(db, people);

  return {
    people,
    ...placementSteps,
    claims: {
      anon: null,
      draftHolder: { role: "anon", draft_token: visitor.draftToken },
      formerDraftHolder: { role: "anon", draft_token: browserOfA.draftToken },
      applicantA: applicantA.claims,
      applicantB: applicantB.claims,
      recruiterA: people.recruiterA.claims,
      recruiterB: people.recruiterB.claims,
      placementWorkerA: people.placementWorkerA.claims,
      adminA: people.adminA.claims,
    },
    applications,
    evenings,
    registrations: {
      guestAtA: await registrationId(evenings.a, emails.eveningGuest),
      applicantAAtB: await registrationId(evenings.b, emails.applicantA),
    },
  };
}

/** Through the workflow's own functions, as the placement pages call them. */
async function proposalsBetweenAAndB(db: Database, people: Personas) {
  const as = <Row>(caller: { claims: Claims }, sql: string, params: unknown[]) =>
    withUser(db, caller.claims, (tx) => tx.query<Row & { id: string }>(sql, params)).then(([row]) => row);
  const shortlist = "select app.shortlist_household($1, $2) as id";
  const aToB = (await as(people.placementWorkerA, shortlist, [people.placementNeeds.a, people.households.b1]))
    .id;
  await as(people.placementWorkerA, "select 1 as id from app.propose_household($1, 0, 'Past goed.')", [aToB]);
  const bToA = (await as(people.placementWorkerB, shortlist, [people.placementNeeds.b, people.households.a1]))
    .id;
  await as(people.placementWorkerB, "select 1 as id from app.propose_household($1, 0, 'Past goed.')", [bToA]);
  await as(people.recruiterA, "select 1 as id from app.answer_placement_proposal($1, 1, true, null, null)", [
    bToA,
  ]);
  const bInA = (await as(people.placementWorkerB, "select app.place_household($1, 2) as id", [bToA])).id;
  return { proposals: { aToB, bToA }, placements: { bInA } };
}

/** A published campaign and a draft of Pleegzorg A, a draft of Jeugdzorg B, each made by its recruiter. */
async function createCampaigns(db: Database, people: Personas) {
  const campaign = (organisation: "a" | "b", title: string) => ({
    id: randomUUID(),
    organisationId: people.organisations[organisation],
    slug: title.toLowerCase().replaceAll(" ", "-"),
    parentType: "foster" as const,
    municipality: null,
    title,
    intro: "Kinderen uit de buurt zoeken een pleeggezin dicht bij huis.",
    evenings: "region" as const,
    stories: [],
  });
  const liveA = campaign("a", "Campagne A live");
  await createRecruiterCampaign(db, people.recruiterA.claims, liveA, []);
  await setCampaignPublished(db, people.recruiterA.claims, liveA.id, true);
  await createRecruiterCampaign(db, people.recruiterA.claims, campaign("a", "Campagne A concept"), []);
  await createRecruiterCampaign(db, people.recruiterB.claims, campaign("b", "Campagne B concept"), []);
}

/** Runs `work` as the persona in a transaction that is always rolled back. */
export async function attemptAs<T>(
  db: Database,
  fixture: MatrixFixture,
  persona: PersonaName,
  work: (tx: { query: Database["query"] }) => Promise<T>,
): Promise<{ value: T } | { error: { code?: string; message: string } }> {
  const rollback = Symbol("rollback");
  const run = (tx: { query: Database["query"] }) =>
    work(tx).then((value) => {
      outcome = { value };
      throw rollback;
    });
  let outcome: { value: T } | { error: { code?: string; message: string } } = {
    error: { message: "not run" },
  };
  try {
    if (persona === "service") await withService(db, run);
    else await withUser(db, fixture.claims[persona], run);
  } catch (error) {
    if (error !== rollback) {
      const { code, message } = error as { code?: string; message: string };
      outcome = { error: { code, message } };
    }
  }
  return outcome;
}

export interface Relation {
  name: string;
  kind: "table" | "view";
  /** SQL over alias `t`: the primary key as text, for tables. */
  primaryKey: string | undefined;
}

/** Every table and view in our schemas, and auth.users (the local shim's, Supabase's in production). */
export async function listRelations(db: Database): Promise<Relation[]> {
  const rows = await db.query<{ name: string; kind: string; key_columns: string[] | null }>(
    `select format('%I.%I', n.nspname, c.relname) as name,
            case when c.relkind in ('v', 'm') then 'view' else 'table' end as kind,
            (select array_agg(format('t.%I', a.attname) order by k.ordinality)
               from pg_catalog.pg_index i
               cross join lateral unnest(i.indkey) with ordinality as k(attnum, ordinality)
               join pg_catalog.pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum
              where i.indrelid = c.oid and i.indisprimary) as key_columns
     from pg_catalog.pg_class c
     join pg_catalog.pg_namespace n on n.oid = c.relnamespace
     where c.relkind in ('r', 'p', 'v', 'm', 'f')
       and (n.nspname in ('public', 'private', 'app') or (n.nspname = 'auth' and c.relname = 'users'))
       and not exists (
         select 1 from pg_catalog.pg_depend d
         where d.classid = 'pg_catalog.pg_class'::regclass and d.objid = c.oid and d.deptype = 'e')
     order by 1`,
  );
  return rows.map((row) => ({
    name: row.name,
    kind: row.kind as Relation["kind"],
    primaryKey: row.key_columns ? `json_build_array(${row.key_columns.join(", ")})::text` : undefined,
  }));
}

export interface FunctionInfo {
  /** schema.name: overloads share one expectation, so a changed signature keeps its decision. */
  name: string;
  execute: DatabaseRole[];
}

export async function listFunctions(db: Database): Promise<FunctionInfo[]> {
  const rows = await db.query<{ name: string; anon: boolean; authenticated: boolean; service_role: boolean }>(
    `select format('%s.%s', n.nspname, p.proname) as name,
            bool_or(has_function_privilege('anon', p.oid, 'EXECUTE')) as anon,
            bool_or(has_function_privilege('authenticated', p.oid, 'EXECUTE')) as authenticated,
            bool_or(has_function_privilege('service_role', p.oid, 'EXECUTE')) as service_role
     from pg_catalog.pg_proc p
     join pg_catalog.pg_namespace n on n.oid = p.pronamespace
     where n.nspname in ('public', 'private', 'app')
       and not exists (
         select 1 from pg_catalog.pg_depend d
         where d.classid = 'pg_catalog.pg_proc'::regclass and d.objid = p.oid and d.deptype = 'e')
     group by 1
     order by 1`,
  );
  return rows.map((row) => ({
    name: row.name,
    execute: (["anon", "authenticated", "service_role"] as const).filter((role) => row[role]),
  }));
}

/** The columns a role holds a privilege on, by name; `plain` leaves out identity and generated columns. */
async function grantedColumns(
  db: Database,
  relation: string,
  role: DatabaseRole,
  privilege: ColumnPrivilege,
): Promise<{ granted: string[]; plain: string[]; all: string[] }> {
  const rows = await db.query<{ column: string; granted: boolean; plain: boolean }>(
    `select a.attname as column, has_column_privilege($2, a.attrelid, a.attnum, $3) as granted,
            a.attidentity = '' and a.attgenerated = '' as plain
     from pg_catalog.pg_attribute a
     where a.attrelid = $1::regclass and a.attnum > 0 and not a.attisdropped
     order by a.attname`,
    [relation, role, privilege.toUpperCase()],
  );
  const granted = rows.filter((row) => row.granted);
  return {
    granted: granted.map((row) => row.column),
    plain: granted.filter((row) => row.plain).map((row) => row.column),
    all: rows.map((row) => row.column),
  };
}

export interface ColumnGrants {
  granted: string[];
  withheld: string[];
}

/** Which columns a role holds a privilege on, and which it does not. */
export async function columnGrants(
  db: Database,
  relation: string,
  role: DatabaseRole,
  privilege: ColumnPrivilege,
): Promise<ColumnGrants> {
  const { granted, all } = await grantedColumns(db, relation, role, privilege);
  return { granted, withheld: all.filter((column) => !granted.includes(column)) };
}

/** Grants described the way the expectation is written, so a mismatch reads like the expectation. */
export function inTermsOf(expected: ColumnsCell, actual: ColumnGrants): ColumnsCell {
  if (actual.granted.length === 0) return "none";
  if (actual.withheld.length === 0) return "all";
  if (typeof expected === "object" && "except" in expected) return { except: actual.withheld };
  return actual.granted;
}

export const hasTablePrivilege = async (
  db: Database,
  relation: string,
  role: DatabaseRole,
  privilege: string,
): Promise<boolean> => {
  const [row] = await db.query<{ granted: boolean }>(
    "select has_table_privilege($2, $1::regclass, $3) as granted",
    [relation, role, privilege],
  );
  return row.granted;
};

/** Row keys to the labels the expectations use; a key no label names stays as it is. */
export async function rowLabels(db: Database, relation: string, key: string, label: string) {
  const rows = await withService(db, (tx) =>
    tx.query<{ key: string; label: string }>(`select ${key} as key, ${label} as label from ${relation} t`),
  );
  return new Map(rows.map((row) => [row.key, row.label]));
}

/** What each persona actually gets on one relation, in the expectations' terms (or an error's text). */
export interface MeasuredTable {
  select: Record<PersonaName, RowsCell | string>;
  insert: Record<PersonaName, InsertCell | string>;
  update: Record<PersonaName, RowsCell | string>;
  delete: Record<PersonaName, RowsCell | string>;
}

type Outcome<T> = { value: T } | { error: { code?: string; message: string } };

/** 42501 from a grant or a policy, P0001 from a trigger's `raise exception`: the database said no. */
const refusal = new Set(["42501", "P0001"]);
const foreignKeyViolation = "23503";

const errorText = (error: { code?: string; message: string }) =>
  `error ${error.code ?? "?"}: ${error.message}`;

export async function measureTable(
  db: Database,
  fixture: MatrixFixture,
  relation: Relation,
  expectation: Pick<TableExpectation, "key" | "label" | "insertProbe">,
): Promise<MeasuredTable> {
  const key = expectation.key ?? relation.primaryKey ?? "null";
  const labels = await rowLabels(db, relation.name, key, expectation.label ?? key);
  const named = (rows: { key: string }[]) => rows.map((row) => labels.get(row.key) ?? row.key).sort();
  const everyRow = JSON.stringify(
    named(await db.query<{ key: string }>(`select ${key} as key from ${relation.name} t`)),
  );

  /** Rows the statement reaches; DENIED without the grant, REFUSED when a policy or trigger stops it. */
  const rowsAs = async (persona: PersonaName, granted: boolean, sql: string): Promise<RowsCell | string> => {
    if (!granted) return DENIED;
    const outcome: Outcome<{ key: string }[]> = await attemptAs(db, fixture, persona, (tx) =>
      tx.query<{ key: string }>(sql),
    );
    if ("error" in outcome) {
      // Rows that other rows still reference are reachable; only integrity keeps them.
      if (outcome.error.code === foreignKeyViolation) return ALL;
      return refusal.has(outcome.error.code ?? "") ? REFUSED : errorText(outcome.error);
    }
    const rows = named(outcome.value);
    return persona === "service" && JSON.stringify(rows) === everyRow ? ALL : rows;
  };

  const measured = { select: {}, insert: {}, update: {}, delete: {} } as MeasuredTable;
  for (const persona of personaNames) {
    const role = databaseRoleOf[persona];
    const columns = async (privilege: ColumnPrivilege) => grantedColumns(db, relation.name, role, privilege);

    measured.select[persona] = await rowsAs(
      persona,
      (await columns("select")).granted.length > 0,
      `select ${key} as key from ${relation.name} t`,
    );

    // Setting a column to itself shows which rows the role may update without changing any.
    const [updatable] = (await columns("update")).plain;
    measured.update[persona] = await rowsAs(
      persona,
      updatable !== undefined,
      `update ${relation.name} t set "${updatable}" = t."${updatable}" returning ${key} as key`,
    );

    measured.delete[persona] = await rowsAs(
      persona,
      await hasTablePrivilege(db, relation.name, role, "DELETE"),
      `delete from ${relation.name} t returning ${key} as key`,
    );

    measured.insert[persona] = await insertAs(db, fixture, persona, relation.name, expectation);
  }
  return measured;
}

async function insertAs(
  db: Database,
  fixture: MatrixFixture,
  persona: PersonaName,
  relation: string,
  expectation: Pick<TableExpectation, "insertProbe">,
): Promise<InsertCell | string> {
  const role = databaseRoleOf[persona];
  if ((await grantedColumns(db, relation, role, "insert")).granted.length === 0) return DENIED;
  // The service writes every table; what it may write is a question for the code that runs as it.
  if (role === "service_role") return ALLOWED;
  if (!expectation.insertProbe)
    return `${role} holds an insert grant: add an insertProbe and decide who may insert`;
  const probe = expectation.insertProbe(fixture);
  const outcome = await attemptAs(db, fixture, persona, (tx) => tx.query(probe.sql, probe.params));
  if ("value" in outcome) return ALLOWED;
  return refusal.has(outcome.error.code ?? "") ? REFUSED : errorText(outcome.error);
}

/** Expands an expectation's `others` into one cell per persona. */
export function perPersona<Cell>(
  cells: PerPersona<Cell>,
  relation: string,
  action: string,
): Record<PersonaName, Cell | string> {
  return Object.fromEntries(
    personaNames.map((persona) => [
      persona,
      cells[persona] ?? cells.others ?? `no expectation for ${action} on ${relation} as ${persona}`,
    ]),
  ) as Record<PersonaName, Cell | string>;
}
