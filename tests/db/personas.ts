import { afterAll, beforeAll } from "vitest";
import type { Database } from "../../src/server/sql/engine";
import { type Claims, type UserTransaction, withService, withUser } from "../../src/server/sql/with-user";
import type { TestEngine } from "../support/databases";

/**
 * The people the database tests walk through, basejump style. Organisations A and B share the
 * Utrecht region; C works in Gelderland. The applicant has an account but no staff role.
 */
export interface Persona {
  id: string;
  email: string;
  claims: Claims;
}

export interface Personas {
  regions: { utrecht: string; gelderland: string };
  organisations: { a: string; b: string; c: string };
  adminA: Persona;
  recruiterA: Persona;
  placementWorkerA: Persona;
  recruiterB: Persona;
  placementWorkerB: Persona;
  placementWorkerC: Persona;
  applicant: Persona;
  memberships: {
    adminA: string;
    recruiterA: string;
    placementWorkerA: string;
    recruiterB: string;
    placementWorkerB: string;
    placementWorkerC: string;
  };
  invitations: { a: string; b: string };
  /** Audit log ids (bigint, as text) per organisation. */
  auditLog: { a: string[]; b: string[] };
  households: { a1: string; a2: string; b1: string; c1: string };
  placementNeeds: { a: string; b: string };
}

export type StaffRole = "admin" | "recruiter" | "placement_worker";

export function claimsFor(id: string, email: string): Claims {
  return { sub: id, email, role: "authenticated", aud: "authenticated" };
}

/** Creates an account the way sign-in does (as the service), with no staff role. */
export async function createUser(db: Database, email: string): Promise<Persona> {
  const [user] = await withService(db, (tx) =>
    tx.query<{ id: string }>(
      "insert into auth.users (email, email_confirmed_at) values ($1, now()) returning id",
      [email],
    ),
  );
  return { id: user.id, email, claims: claimsFor(user.id, email) };
}

export async function createPersonas(db: Database): Promise<Personas> {
  const adminA = await createUser(db, "beheer@pleegzorg-a.test");
  const recruiterA = await createUser(db, "werving@pleegzorg-a.test");
  const placementWorkerA = await createUser(db, "plaatsing@pleegzorg-a.test");
  const recruiterB = await createUser(db, "werving@jeugdzorg-b.test");
  const placementWorkerB = await createUser(db, "plaatsing@jeugdzorg-b.test");
  const placementWorkerC = await createUser(db, "plaatsing@gezinshuis-c.test");
  const applicant = await createUser(db, "aanmelder@voorbeeld.test");

  return withService(db, async (tx) => {
    const utrecht = await insertId(
      tx,
      "insert into public.regions (slug, name) values ('utrecht', 'Utrecht')",
    );
    const gelderland = await insertId(
      tx,
      "insert into public.regions (slug, name) values ('gelderland', 'Gelderland')",
    );
    const organisation = (slug: string, name: string, region: string, areas: string[]) =>
      insertId(
        tx,
        "insert into public.organisations (slug, name, region_id, postcode_areas) values ($1, $2, $3, $4)",
        [slug, name, region, areas],
      );
    const a = await organisation("pleegzorg-a", "Pleegzorg A", utrecht, ["3511", "3512"]);
    const b = await organisation("jeugdzorg-b", "Jeugdzorg B", utrecht, ["3581"]);
    const c = await organisation("gezinshuis-c", "Gezinshuis C", gelderland, ["6811"]);

    const membership = (person: Persona, org: string, role: StaffRole) =>
      insertId(tx, "insert into public.memberships (user_id, organisation_id, role) values ($1, $2, $3)", [
        person.id,
        org,
        role,
      ]);
    const memberships = {
      adminA: await membership(adminA, a, "admin"),
      recruiterA: await membership(recruiterA, a, "recruiter"),
      placementWorkerA: await membership(placementWorkerA, a, "placement_worker"),
      recruiterB: await membership(recruiterB, b, "recruiter"),
      placementWorkerB: await membership(placementWorkerB, b, "placement_worker"),
      placementWorkerC: await membership(placementWorkerC, c, "placement_worker"),
    };

    const invitation = (email: string, org: string, inviter: Persona) =>
      insertId(
        tx,
        "insert into public.staff_invitations (email, organisation_id, role, invited_by) values ($1, $2, 'recruiter', $3)",
        [email, org, inviter.id],
      );
    const invitations = {
      a: await invitation("nieuwe.werver@pleegzorg-a.test", a, adminA),
      b: await invitation("nieuwe.werver@jeugdzorg-b.test", b, recruiterB),
    };

    const audit = (org: string, actor: Persona, action: string) =>
      insertId(
        tx,
        `insert into public.audit_log (actor_id, organisation_id, action, subject_type, subject_id)
         values ($1, $2, $3, 'user', $4)`,
        [actor.id, org, action, actor.id],
      );
    const auditLog = {
      a: [await audit(a, adminA, "staff_role.granted"), await audit(a, adminA, "household.updated")],
      b: [await audit(b, recruiterB, "household.updated")],
    };

    const household = async (
      org: string,
      region: string,
      label: string,
      place: { municipality: string; postcode: string; lat: number; lng: number },
    ) => {
      const id = await insertId(
        tx,
        `insert into public.households
           (organisation_id, region_id, label, kind, care_forms, places_total, places_free, age_min, age_max,
            municipality, postcode4, approx_lat, approx_lng)
         values ($1, $2, $3, 'foster_family', '{long_term,short_term}', 2, 1, 0, 12, $4, $5, $6, $7)`,
        [org, region, label, place.municipality, place.postcode.slice(0, 4), place.lat, place.lng],
      );
      await tx.query(
        `insert into private.household_addresses (household_id, postcode, house_number, street, lat, lng)
         values ($1, $2, '12', 'Voorbeeldstraat', $3, $4)`,
        [id, place.postcode, place.lat + 0.001, place.lng + 0.001],
      );
      return id;
    };
    const contact = (household: string, displayName: string) =>
      tx.query(
        `insert into public.household_contacts (household_id, display_name, email, phone)
         values ($1, $2, $3, '030 123 4567')`,
        [household, displayName, `${displayName.toLowerCase().replaceAll(" ", ".")}@voorbeeld.test`],
      );
    const households = {
      a1: await household(a, utrecht, "Gezin A-101", {
        municipality: "Utrecht",
        postcode: "3511AB",
        lat: 52.09,
        lng: 5.12,
      }),
      a2: await household(a, utrecht, "Gezin A-102", {
        municipality: "Utrecht",
        postcode: "3512CD",
        lat: 52.088,
        lng: 5.117,
      }),
      b1: await household(b, utrecht, "Gezin B-201", {
        municipality: "Zeist",
        postcode: "3701EF",
        lat: 52.09,
        lng: 5.23,
      }),
      c1: await household(c, gelderland, "Gezin C-301", {
        municipality: "Arnhem",
        postcode: "6811GH",
        lat: 51.98,
        lng: 5.91,
      }),
    };

    // Gezin A-102 has no contact yet: the matrix's insert probe records one.
    await contact(households.a1, "Familie Aalders");
    await contact(households.b1, "Familie Bakker");
    await contact(households.c1, "Familie Claes");

    const placementNeed = (org: string, region: string, reference: string, author: Persona) =>
      insertId(
        tx,
        `insert into public.placement_needs
           (organisation_id, region_id, reference, child_age, urgency, start_date, care_form, created_by)
         values ($1, $2, $3, 9, 'within_days', current_date + 3, 'long_term', $4)`,
        [org, region, reference, author.id],
      );
    const placementNeeds = {
      a: await placementNeed(a, utrecht, "PV-A-0001", placementWorkerA),
      b: await placementNeed(b, utrecht, "PV-B-0001", placementWorkerB),
    };

    return {
      regions: { utrecht, gelderland },
      organisations: { a, b, c },
      adminA,
      recruiterA,
      placementWorkerA,
      recruiterB,
      placementWorkerB,
      placementWorkerC,
      applicant,
      memberships,
      invitations,
      auditLog,
      households,
      placementNeeds,
    };
  });
}

async function insertId(
  tx: UserTransaction,
  insert: string,
  params: readonly unknown[] = [],
): Promise<string> {
  const [row] = await tx.query<{ id: string | number }>(`${insert} returning id::text as id`, params);
  return String(row.id);
}

/** A caller as RLS sees them: a persona, or `null` for the anonymous visitor. */
export type Caller = Persona | null;

/** Runs one statement as the caller, in its own transaction, exactly as a request would. */
export function queryAs<Row = Record<string, unknown>>(
  db: Database,
  caller: Caller,
  text: string,
  params: readonly unknown[] = [],
): Promise<Row[]> {
  return withUser(db, caller?.claims ?? null, (tx) => tx.query<Row>(text, params));
}

/** The ids the caller can see in a table, sorted, for comparing against the fixture's ids. */
export async function visibleIds(db: Database, caller: Caller, table: string): Promise<string[]> {
  const rows = await queryAs<{ id: string }>(db, caller, `select id::text as id from ${table}`);
  return rows.map((row) => row.id).sort();
}

const rollback = Symbol("rollback");

/**
 * Runs `work` as the caller and rolls it back afterwards, so a test can try a write on a shared
 * fixture without changing what the next test sees.
 */
export async function tryAs<T>(
  db: Database,
  caller: Caller,
  work: (tx: UserTransaction) => Promise<T>,
): Promise<T> {
  const outcome: { value?: T } = {};
  try {
    await withUser(db, caller?.claims ?? null, async (tx) => {
      outcome.value = await work(tx);
      throw rollback;
    });
  } catch (error) {
    if (error !== rollback) throw error;
  }
  return outcome.value as T;
}

/** Sorts a copy, so expected id lists can be written in any order. */
export function sorted(ids: readonly string[]): string[] {
  return [...ids].sort();
}

/** SQLSTATE 42501: permission denied for a table or function, or a row refused by RLS. */
export const insufficientPrivilege = { code: "42501" };

/**
 * A fresh database with the personas for the surrounding describe block; `use` receives them before
 * the first test, and the database is dropped after the last.
 */
export function usePersonaDatabase(
  engine: TestEngine,
  use: (opened: { db: Database; people: Personas }) => void,
): void {
  let dispose: () => Promise<void> = async () => {};
  beforeAll(async () => {
    const opened = await engine.open();
    dispose = opened.dispose;
    use({ db: opened.db, people: await createPersonas(opened.db) });
  });
  afterAll(() => dispose());
}
