import { describe, expect, it } from "vitest";
import { UserFacingError } from "../../src/server/errors";
import { answerPlacementProposal } from "../../src/server/placement/answer-placement-proposal";
import { endPlacement } from "../../src/server/placement/end-placement";
import { getHouseholdContact } from "../../src/server/placement/get-household-contact";
import {
  getPlacementProposal,
  listPlacementProposals,
} from "../../src/server/placement/list-placement-proposals";
import { placeHousehold } from "../../src/server/placement/place-household";
import { proposeHousehold } from "../../src/server/placement/propose-household";
import { shortlistHousehold } from "../../src/server/placement/shortlist-household";
import type { Database } from "../../src/server/sql/engine";
import { withService, withUser } from "../../src/server/sql/with-user";
import { testEngines } from "../support/databases";
import {
  type Caller,
  insufficientPrivilege,
  type Persona,
  type Personas,
  queryAs,
  usePersonaDatabase,
} from "./personas";

const siteUrl = "http://localhost";
let serial = 0;

/** A need of the organisation, for a child without siblings unless told. */
async function insertNeed(db: Database, people: Personas, org: "a" | "b", siblings = 0): Promise<string> {
  serial += 1;
  const [row] = await withService(db, (tx) =>
    tx.query<{ id: string }>(
      `insert into public.placement_needs
         (organisation_id, region_id, reference, child_age, sibling_count, urgency, start_date, care_form)
       values ($1, $2, $3, 8, $4, 'within_days', current_date + 2, 'long_term') returning id`,
      [
        people.organisations[org],
        people.regions.utrecht,
        `PV-T-${String(serial).padStart(4, "0")}`,
        siblings,
      ],
    ),
  );
  return row.id;
}

/** A household of the organisation with its contact, `free` of 2 places free. */
async function insertHousehold(db: Database, people: Personas, org: "a" | "b", free = 1): Promise<string> {
  serial += 1;
  return withService(db, async (tx) => {
    const [row] = await tx.query<{ id: string }>(
      `insert into public.households
         (organisation_id, region_id, label, kind, care_forms, places_total, places_free, age_min, age_max,
          municipality, postcode4, approx_lat, approx_lng)
       values ($1, $2, $3, 'foster_family', '{long_term}', 2, $4, 0, 17, 'Zeist', '3701', 52.09, 5.23)
       returning id`,
      [people.organisations[org], people.regions.utrecht, `Gezin T-${serial}`, free],
    );
    await tx.query(
      `insert into public.household_contacts (household_id, display_name, email, phone)
       values ($1, $2, 'gezin.t@voorbeeld.test', '030 765 4321')`,
      [row.id, `Familie Test ${serial}`],
    );
    return row.id;
  });
}

const call = <Row>(db: Database, caller: Persona, sql: string, params: unknown[]) =>
  queryAs<Row>(db, caller, sql, params);
const failure = (promise: Promise<unknown>): Promise<{ code?: string; detail?: string }> =>
  promise.then(
    () => ({ code: "none" }),
    (error: { code?: string; detail?: string }) => ({ code: error.code, detail: error.detail }),
  );

const shortlist = async (db: Database, caller: Persona, need: string, household: string) =>
  (
    await call<{ id: string }>(db, caller, "select app.shortlist_household($1, $2) as id", [need, household])
  )[0].id;
const propose = (
  db: Database,
  caller: Persona,
  proposal: string,
  version: number,
  message = "Past goed bij dit kind.",
) => call(db, caller, "select * from app.propose_household($1, $2, $3)", [proposal, version, message]);
const answer = (
  db: Database,
  caller: Persona,
  proposal: string,
  version: number,
  accept: boolean,
  reason: string | null = null,
) =>
  call(db, caller, "select * from app.answer_placement_proposal($1, $2, $3, $4, null)", [
    proposal,
    version,
    accept,
    reason,
  ]);
const place = async (db: Database, caller: Persona, proposal: string, version: number) =>
  (await call<{ id: string }>(db, caller, "select app.place_household($1, $2) as id", [proposal, version]))[0]
    .id;
const endIt = (db: Database, caller: Persona, placement: string, reason: string | null = "completed") =>
  call(db, caller, "select app.end_placement($1, $2, null)", [placement, reason]);

async function freePlaces(db: Database, household: string): Promise<number> {
  const [row] = await withService(db, (tx) =>
    tx.query<{ places_free: number }>("select places_free from public.households where id = $1", [household]),
  );
  return row.places_free;
}

async function needStatus(db: Database, need: string): Promise<string> {
  const [row] = await withService(db, (tx) =>
    tx.query<{ status: string }>("select status from public.placement_needs where id = $1", [need]),
  );
  return row.status;
}

async function auditActions(db: Database, proposal: string): Promise<string[]> {
  const rows = await withService(db, (tx) =>
    tx.query<{ entry: string }>(
      `select a.action || ' @ ' || o.slug as entry from public.audit_log a
       join public.organisations o on o.id = a.organisation_id
       where a.subject_type = 'placement_proposal' and a.subject_id = $1 order by a.id`,
      [proposal],
    ),
  );
  return rows.map((row) => row.entry);
}

/** Need of A, household of B, shortlisted, proposed and accepted: ready to place (version 2). */
async function acceptedProposal(db: Database, people: Personas, household?: string) {
  const need = await insertNeed(db, people, "a");
  const owned = household ?? (await insertHousehold(db, people, "b"));
  const proposal = await shortlist(db, people.placementWorkerA, need, owned);
  await propose(db, people.placementWorkerA, proposal, 0);
  await answer(db, people.recruiterB, proposal, 1, true);
  return { need, household: owned, proposal };
}

describe.each(testEngines)("the placement workflow on $name", (engine) => {
  let db: Database;
  let people: Personas;
  usePersonaDatabase(engine, (opened) => {
    ({ db, people } = opened);
  });

  describe("each step", () => {
    it("shortlist, propose, accept, place and end: the need follows, free places go down and up, both organisations audit", async () => {
      const need = await insertNeed(db, people, "a");
      const household = await insertHousehold(db, people, "b");

      const proposal = await shortlist(db, people.placementWorkerA, need, household);
      expect(await shortlist(db, people.placementWorkerA, need, household)).toBe(proposal);
      expect(await propose(db, people.placementWorkerA, proposal, 0)).toEqual([
        { version: 1, notify: ["werving@jeugdzorg-b.test", "plaatsing@jeugdzorg-b.test"].sort() },
      ]);
      expect(await needStatus(db, need)).toBe("proposed");
      expect(await answer(db, people.placementWorkerB, proposal, 1, true)).toEqual([
        { version: 2, notify: ["plaatsing@pleegzorg-a.test"] },
      ]);
      expect(await freePlaces(db, household)).toBe(1);

      const placement = await place(db, people.placementWorkerA, proposal, 2);
      expect(await freePlaces(db, household)).toBe(0);
      expect(await needStatus(db, need)).toBe("placed");

      await endIt(db, people.recruiterB, placement, "returned_home");
      expect(await freePlaces(db, household)).toBe(1);

      const [seen] = await listPlacementProposals(db, people.placementWorkerA.claims, { needId: need });
      expect(seen).toMatchObject({
        id: proposal,
        status: "accepted",
        version: 4,
        message: "Past goed bij dit kind.",
        placement: { id: placement, places: 1, endReason: "returned_home" },
      });
      expect((await auditActions(db, proposal)).sort()).toEqual(
        ["shortlisted", "proposed", "accepted", "placed", "ended"]
          .flatMap((step) => [`placement.${step} @ pleegzorg-a`, `placement.${step} @ jeugdzorg-b`])
          .sort(),
      );
    });

    it("a decline needs a reason, and a need whose last proposal is declined is back to searching", async () => {
      const need = await insertNeed(db, people, "a");
      const household = await insertHousehold(db, people, "b");
      const proposal = await shortlist(db, people.placementWorkerA, need, household);
      await propose(db, people.placementWorkerA, proposal, 0);

      expect(await failure(answer(db, people.recruiterB, proposal, 1, false, null))).toEqual({
        code: "OH422",
        detail: "reason_required",
      });
      await answer(db, people.recruiterB, proposal, 1, false, "not_a_fit");
      expect(await needStatus(db, need)).toBe("matching");
      // Declined, the household may be shortlisted again as a new entry.
      expect(await shortlist(db, people.placementWorkerA, need, household)).not.toBe(proposal);
    });

    it("places the whole sibling group: a household with one free place cannot take two children", async () => {
      const need = await insertNeed(db, people, "a", 1);
      const household = await insertHousehold(db, people, "b", 1);
      const proposal = await shortlist(db, people.placementWorkerA, need, household);
      expect(await failure(propose(db, people.placementWorkerA, proposal, 0))).toEqual({
        code: "OH422",
        detail: "no_free_place",
      });
    });
  });

  describe("forbidden steps", () => {
    it("refuses steps out of order, a second answer, a second end, and roles that may not take them", async () => {
      const need = await insertNeed(db, people, "a");
      const household = await insertHousehold(db, people, "b");
      const proposal = await shortlist(db, people.placementWorkerA, need, household);

      expect(await failure(place(db, people.placementWorkerA, proposal, 0))).toEqual({
        code: "OH422",
        detail: "not_accepted",
      });
      expect(await failure(answer(db, people.recruiterB, proposal, 0, true))).toEqual({
        code: "OH422",
        detail: "not_proposed",
      });
      expect(await failure(propose(db, people.placementWorkerA, proposal, 0, "  "))).toMatchObject({
        code: "22023",
      });
      // Only the need's placement workers propose and place; only the household's organisation answers.
      expect(await failure(propose(db, people.recruiterA, proposal, 0))).toMatchObject(insufficientPrivilege);
      expect(await failure(propose(db, people.placementWorkerB, proposal, 0))).toMatchObject(
        insufficientPrivilege,
      );
      await propose(db, people.placementWorkerA, proposal, 0);
      expect(await failure(answer(db, people.placementWorkerA, proposal, 1, true))).toMatchObject(
        insufficientPrivilege,
      );
      expect(await failure(answer(db, people.adminA, proposal, 1, true))).toMatchObject(
        insufficientPrivilege,
      );

      await answer(db, people.recruiterB, proposal, 1, true);
      const second = await failure(answer(db, people.placementWorkerB, proposal, 1, false, "timing"));
      expect(second.code).toBe("OH409");
      expect(JSON.parse(second.detail ?? "{}")).toMatchObject({
        status: "accepted",
        placed: false,
        changed_by: people.recruiterB.id,
      });
      expect(await failure(place(db, people.recruiterB, proposal, 2))).toMatchObject(insufficientPrivilege);

      const placement = await place(db, people.placementWorkerA, proposal, 2);
      expect(await failure(place(db, people.placementWorkerA, proposal, 2))).toMatchObject({ code: "OH409" });
      expect(await failure(endIt(db, people.placementWorkerC, placement))).toMatchObject(
        insufficientPrivilege,
      );
      expect(await failure(endIt(db, people.placementWorkerA, placement, null))).toEqual({
        code: "OH422",
        detail: "reason_required",
      });
      await endIt(db, people.placementWorkerA, placement);
      expect(await failure(endIt(db, people.recruiterB, placement))).toMatchObject({ code: "OH409" });
      expect(await freePlaces(db, household)).toBe(1);
    });

    it("shortlists only for the caller's own need, within its region", async () => {
      const need = await insertNeed(db, people, "a");
      expect(await failure(shortlist(db, people.recruiterA, need, people.households.b1))).toMatchObject(
        insufficientPrivilege,
      );
      expect(await failure(shortlist(db, people.placementWorkerB, need, people.households.b1))).toMatchObject(
        insufficientPrivilege,
      );
      expect(await failure(shortlist(db, people.placementWorkerA, need, people.households.c1))).toMatchObject(
        insufficientPrivilege,
      );
    });

    it("a stale proposal is refused: the need was cancelled, or the household has no free place left", async () => {
      const cancelled = await insertNeed(db, people, "a");
      const household = await insertHousehold(db, people, "b");
      const proposal = await shortlist(db, people.placementWorkerA, cancelled, household);
      await propose(db, people.placementWorkerA, proposal, 0);
      await withService(db, (tx) =>
        tx.query("update public.placement_needs set status = 'cancelled' where id = $1", [cancelled]),
      );
      expect(await failure(answer(db, people.recruiterB, proposal, 1, true))).toEqual({
        code: "OH422",
        detail: "need_closed",
      });

      const full = await acceptedProposal(db, people);
      await withService(db, (tx) =>
        tx.query("update public.households set places_free = 0 where id = $1", [full.household]),
      );
      expect(await failure(place(db, people.placementWorkerA, full.proposal, 2))).toEqual({
        code: "OH422",
        detail: "no_free_place",
      });
    });

    it("the server answers each refusal with a Dutch message", async () => {
      const { proposal } = await acceptedProposal(db, people);
      const refusal = (promise: Promise<unknown>) =>
        promise.then(
          () => "accepted",
          (error: unknown) => (error instanceof UserFacingError ? error.message : String(error)),
        );
      expect(
        await refusal(
          answerPlacementProposal(
            db,
            people.placementWorkerB.claims,
            { proposalId: proposal, expectedVersion: 1, accept: false, reason: "timing", note: null },
            siteUrl,
          ),
        ),
      ).toMatch(/^Dit voorstel is intussen door iemand anders op .* gewijzigd en staat nu op "Geaccepteerd"/);
      expect(
        await refusal(
          placeHousehold(db, people.recruiterB.claims, { proposalId: proposal, expectedVersion: 2 }),
        ),
      ).toMatch(/niet van jouw organisatie/);
      await withService(db, (tx) =>
        tx.query(
          "update public.households set places_free = 0 where id = (select household_id from public.placement_proposals where id = $1)",
          [proposal],
        ),
      );
      expect(
        await refusal(
          placeHousehold(db, people.placementWorkerA.claims, { proposalId: proposal, expectedVersion: 2 }),
        ),
      ).toMatch(/^Dit gezin heeft geen vrije plek meer/);
    });
  });

  describe("1 toegang: the household's contact", () => {
    it("reaches the proposing organisation only after the owner accepted; the read is audited for the owner", async () => {
      const need = await insertNeed(db, people, "a");
      const household = await insertHousehold(db, people, "b");
      const proposal = await shortlist(db, people.placementWorkerA, need, household);
      const contactOf = (caller: Persona) => getHouseholdContact(db, caller.claims, household);

      expect(await contactOf(people.placementWorkerA)).toBeUndefined();
      await propose(db, people.placementWorkerA, proposal, 0);
      expect(await contactOf(people.placementWorkerA)).toBeUndefined();
      expect(await contactOf(people.recruiterB)).toMatchObject({ email: "gezin.t@voorbeeld.test" });
      await answer(db, people.recruiterB, proposal, 1, true);

      expect(await contactOf(people.placementWorkerA)).toMatchObject({
        email: "gezin.t@voorbeeld.test",
        phone: "030 765 4321",
      });
      // The proposing organisation's recruiter, and other organisations, still see nothing.
      expect(await contactOf(people.recruiterA)).toBeUndefined();
      expect(await contactOf(people.placementWorkerC)).toBeUndefined();
      expect(
        await queryAs(
          db,
          people.placementWorkerA,
          "select * from public.household_contacts where household_id = $1",
          [household],
        ),
      ).toEqual([]);

      const reads = await withService(db, (tx) =>
        tx.query<{ organisation_id: string; reader: string }>(
          `select organisation_id, details ->> 'reader_organisation_id' as reader from public.audit_log
           where action = 'staff.read' and subject_type = 'household' and subject_id = $1 and actor_id = $2`,
          [household, people.placementWorkerA.id],
        ),
      );
      expect(reads).toEqual([{ organisation_id: people.organisations.b, reader: people.organisations.a }]);
    });
  });

  describe("who sees proposals and placements", () => {
    it("the proposing organisation's placement workers and the owning organisation's staff; nobody else", async () => {
      const { proposal } = await acceptedProposal(db, people);
      const placement = await place(db, people.placementWorkerA, proposal, 2);
      const sees = async (caller: Caller) => ({
        proposals: (
          await queryAs<{ id: string }>(
            db,
            caller,
            "select id from public.placement_proposals where id = $1",
            [proposal],
          )
        ).length,
        placements: (
          await queryAs<{ id: string }>(db, caller, "select id from public.placements where id = $1", [
            placement,
          ])
        ).length,
        listed: caller ? (await getPlacementProposal(db, caller.claims, proposal)) !== undefined : false,
      });
      const everyone = {
        placementWorkerA: people.placementWorkerA,
        recruiterB: people.recruiterB,
        placementWorkerB: people.placementWorkerB,
        recruiterA: people.recruiterA,
        adminA: people.adminA,
        placementWorkerC: people.placementWorkerC,
        applicant: people.applicant,
      };
      const seen: Record<string, unknown> = {};
      for (const [name, caller] of Object.entries(everyone)) seen[name] = await sees(caller);
      const yes = { proposals: 1, placements: 1, listed: true };
      const no = { proposals: 0, placements: 0, listed: false };
      expect(seen).toEqual({
        placementWorkerA: yes,
        recruiterB: yes,
        placementWorkerB: yes,
        recruiterA: no,
        adminA: no,
        placementWorkerC: no,
        applicant: no,
      });
      await expect(queryAs(db, null, "select id from public.placement_proposals")).rejects.toMatchObject(
        insufficientPrivilege,
      );
      await expect(
        queryAs(db, people.placementWorkerA, "update public.placement_proposals set status = 'accepted'"),
      ).rejects.toMatchObject(insufficientPrivilege);
    });
  });

  describe("free places", () => {
    it("go down with the placement in the same transaction: a rolled-back placement leaves them as they were", async () => {
      const { household, proposal } = await acceptedProposal(db, people);
      const rollback = new Error("rollback");
      const inside = await withUser(db, people.placementWorkerA.claims, async (tx) => {
        await tx.query("select app.place_household($1, 2)", [proposal]);
        const [seen] = await tx.query<{ places_free: number; placements: number }>(
          `select h.places_free, (select count(*)::int from public.placements p where p.proposal_id = $2) as placements
           from app.placement_proposals_for_me(null, $2) p join public.households h on h.id = p.household_id
           where h.id = $1`,
          [household, proposal],
        );
        throw Object.assign(rollback, { seen });
      }).catch((error: { seen?: unknown }) => error.seen);
      expect(inside).toEqual({ places_free: 0, placements: 1 });
      expect(await freePlaces(db, household)).toBe(1);

      const placement = await placeHousehold(db, people.placementWorkerA.claims, {
        proposalId: proposal,
        expectedVersion: 2,
      });
      expect(await freePlaces(db, household)).toBe(0);
      await endPlacement(db, people.placementWorkerA.claims, {
        placementId: placement,
        reason: "moved_on",
        note: null,
      });
      expect(await freePlaces(db, household)).toBe(1);
    });

    it("of two placements into the last free place at the same moment exactly one succeeds", async () => {
      const household = await insertHousehold(db, people, "b", 1);
      const first = await acceptedProposal(db, people, household);
      // A second need, of B itself, accepted for the same household while it still had its place.
      const needOfB = await insertNeed(db, people, "b");
      const second = await shortlist(db, people.placementWorkerB, needOfB, household);
      await propose(db, people.placementWorkerB, second, 0);
      await answer(db, people.recruiterB, second, 1, true);

      const attempt = (caller: Persona, proposal: string, holdSeconds: number) =>
        withUser(db, caller.claims, async (tx) => {
          await tx.query("select app.place_household($1, 2)", [proposal]);
          // Keeps the transaction (and the household's row lock) open while the other one starts.
          if (holdSeconds > 0) await tx.query("select pg_sleep($1)", [holdSeconds]);
          return proposal;
        });
      const racing = attempt(people.placementWorkerA, first.proposal, 0.3);
      await new Promise((resolve) => setTimeout(resolve, 50));
      const outcomes = await Promise.allSettled([racing, attempt(people.placementWorkerB, second, 0)]);

      expect(outcomes.map((outcome) => outcome.status)).toEqual(["fulfilled", "rejected"]);
      expect((outcomes[1] as PromiseRejectedResult).reason).toMatchObject({
        code: "OH422",
        detail: "no_free_place",
      });
      expect(await freePlaces(db, household)).toBe(0);
      const placements = await withService(db, (tx) =>
        tx.query<{ proposal_id: string }>(
          "select proposal_id from public.placements where household_id = $1",
          [household],
        ),
      );
      expect(placements).toEqual([{ proposal_id: first.proposal }]);
    });
  });

  describe("mail", () => {
    it("tells the owning organisation's staff about a proposal and the proposer about the answer, through the outbox", async () => {
      const need = await insertNeed(db, people, "a");
      const household = await insertHousehold(db, people, "b");
      const proposal = await shortlistHousehold(db, people.placementWorkerA.claims, {
        needId: need,
        householdId: household,
      });
      await proposeHousehold(
        db,
        people.placementWorkerA.claims,
        { proposalId: proposal, expectedVersion: 0, message: "Een rustig gezin past bij dit kind." },
        siteUrl,
      );
      await answerPlacementProposal(
        db,
        people.placementWorkerB.claims,
        { proposalId: proposal, expectedVersion: 1, accept: true, reason: null, note: null },
        siteUrl,
      );
      const mails = await withService(db, (tx) =>
        tx.query<{ kind: string; to_address: string; text: string }>(
          "select kind, to_address, text from private.mail_outbox where text like '%' || $1 || '%' order by id",
          [proposal],
        ),
      );
      expect(mails.map((mail) => `${mail.kind} → ${mail.to_address}`).sort()).toEqual([
        "placement_accepted → plaatsing@pleegzorg-a.test",
        "placement_proposed → plaatsing@jeugdzorg-b.test",
        "placement_proposed → werving@jeugdzorg-b.test",
      ]);
      // The message may describe the child: it stays in the application, out of the mail.
      expect(mails.some((mail) => mail.text.includes("rustig gezin"))).toBe(false);
    });
  });
});
