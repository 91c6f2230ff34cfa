import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findPostcodeArea } from "../../src/server/geocode/gazetteer";
import { findCandidates } from "../../src/server/placement/find-candidates";
import { demoApplications } from "../../src/server/seed/demo-applications";
import { demoHouseholds } from "../../src/server/seed/demo-households";
import { demoPlacementNeeds } from "../../src/server/seed/demo-placement-needs";
import { demoPlacementProposals } from "../../src/server/seed/demo-placement-proposals";
import { type DemoLogin, seedDemoData } from "../../src/server/seed/seed-demo";
import type { Database } from "../../src/server/sql/engine";
import { withService } from "../../src/server/sql/with-user";
import { testEngines } from "../support/databases";
import { claimsFor } from "./personas";

const today = new Date("2026-11-23T10:00:00Z");

/** Row counts plus a fingerprint of every seeded table's content. */
const snapshot = (db: Database) =>
  withService(db, async (tx) => {
    const [row] = await tx.query(`
      select
        (select count(*)::int from public.regions) as regions,
        (select count(*)::int from public.organisations) as organisations,
        (select count(*)::int from auth.users) as users,
        (select count(*)::int from public.memberships) as memberships,
        (select count(*)::int from public.households) as households,
        (select count(*)::int from private.household_addresses) as addresses,
        (select count(*)::int from public.placement_needs) as placement_needs,
        (select count(*)::int from public.applications) as applications,
        (select count(*)::int from public.application_stage_history) as stage_moves,
        (select count(*) filter (where published)::int from public.recruiter_campaigns) as published_campaigns,
        (select count(*)::int from public.recruiter_campaigns) as campaigns,
        (select md5(string_agg(a::text, '|' order by a.id)) from public.applications a) as applications_md5,
        (select md5(string_agg(o::text, '|' order by o.slug)) from public.organisations o) as organisations_md5,
        (select md5(string_agg(h::text, '|' order by h.id)) from public.households h) as households_md5,
        (select md5(string_agg(a::text, '|' order by a.household_id)) from private.household_addresses a)
          as addresses_md5,
        (select md5(string_agg(n::text, '|' order by n.reference)) from public.placement_needs n) as needs_md5,
        (select md5(string_agg(p::text, '|' order by p.id)) from public.placement_proposals p) as proposals_md5,
        (select md5(string_agg(p::text, '|' order by p.id)) from public.placements p) as placements_md5`);
    return row;
  });

// Common Dutch first names and surnames: none may turn up in a label meant to be pseudonymous.
const names = [
  "jan",
  "piet",
  "anna",
  "emma",
  "sophie",
  "daan",
  "lucas",
  "de vries",
  "jansen",
  "bakker",
  "visser",
];

describe.each(testEngines)("the demo data on $name", (engine) => {
  let db: Database;
  let dispose: () => Promise<void>;
  let logins: DemoLogin[];

  beforeAll(async () => {
    ({ db, dispose } = await engine.open());
    logins = await seedDemoData(db, { today });
  });

  afterAll(() => dispose());

  it("can be seeded twice: the second run changes nothing and returns the same logins", async () => {
    const before = await snapshot(db);

    const again = await seedDemoData(db, { today: new Date("2026-12-01T08:00:00Z") });

    expect(await snapshot(db)).toEqual(before);
    expect(again).toEqual(logins);
  });

  it("fills one region with three providers, ~300 households and ~40 placement needs", async () => {
    const counts = await snapshot(db);
    expect(counts).toMatchObject({ regions: 1, organisations: 3, users: 5, memberships: 5 });
    expect(counts.households).toBeGreaterThanOrEqual(250);
    expect(counts.addresses).toBe(counts.households);
    expect(counts.placement_needs).toBeGreaterThanOrEqual(30);
    expect(counts).toMatchObject({ campaigns: 2, published_campaigns: 1 });

    const [region] = await withService(db, (tx) =>
      tx.query<{ slug: string; name: string }>("select slug, name from public.regions"),
    );
    expect(region).toEqual({ slug: "midden-nederland", name: "Regio Midden-Nederland" });
  });

  it("returns a login per role, including staff of other organisations for cross-organisation checks", async () => {
    expect(logins).toEqual([
      { email: "beheerder@openhuis.test", role: "admin", organisation: "Pleegzorg Utrecht Stad" },
      { email: "werver@openhuis.test", role: "recruiter", organisation: "Pleegzorg Utrecht Stad" },
      { email: "plaatser@openhuis.test", role: "placement_worker", organisation: "Pleegzorg Utrecht Stad" },
      {
        email: "werver.heuvelrug@openhuis.test",
        role: "recruiter",
        organisation: "Gezinshuizen De Heuvelrug",
      },
      {
        email: "plaatser.eemland@openhuis.test",
        role: "placement_worker",
        organisation: "Steunouders Eemland",
      },
    ]);
    const memberships = await withService(db, (tx) =>
      tx.query<{ email: string; role: string; organisation: string; confirmed: boolean }>(
        `select u.email, m.role::text as role, o.name as organisation, u.email_confirmed_at is not null as confirmed
         from public.memberships m
         join auth.users u on u.id = m.user_id
         join public.organisations o on o.id = m.organisation_id`,
      ),
    );
    expect(memberships).toHaveLength(logins.length);
    for (const login of logins) {
      expect(memberships).toContainEqual({ ...login, confirmed: true });
    }
  });

  it("puts every household on the map at its postcode-4 centroid, and its address within 400 m of it", async () => {
    const households = await withService(db, (tx) =>
      tx.query<{
        postcode4: string;
        municipality: string;
        approx_lat: number;
        approx_lng: number;
        postcode: string;
        lat: number;
        lng: number;
      }>(
        `select h.postcode4, h.municipality, h.approx_lat, h.approx_lng, a.postcode, a.lat, a.lng
         from public.households h join private.household_addresses a on a.household_id = h.id`,
      ),
    );
    for (const household of households) {
      const area = findPostcodeArea(household.postcode4);
      expect(area, household.postcode4).toBeDefined();
      expect([household.approx_lat, household.approx_lng]).toEqual([area?.lat, area?.lng]);
      expect(household.municipality).toBe(area?.municipality);
      expect(household.postcode).toMatch(new RegExp(`^${household.postcode4}[A-Z]{2}$`));
      const metres = Math.hypot(
        (household.lat - household.approx_lat) * 111_320,
        (household.lng - household.approx_lng) * 111_320 * Math.cos((household.lat * Math.PI) / 180),
      );
      expect(metres).toBeLessThan(400);
      expect(metres).toBeGreaterThan(0);
    }
  });

  it("lists households only in their own organisation's postcode areas", async () => {
    const outside = await withService(db, (tx) =>
      tx.query(
        `select h.label from public.households h join public.organisations o on o.id = h.organisation_id
         where not h.postcode4 = any (o.postcode_areas)`,
      ),
    );
    expect(outside).toEqual([]);
  });

  it("gives every demo applicant at 'available' what approval creates: a household of their kind with a contact", async () => {
    const approved = await withService(db, (tx) =>
      tx.query<{
        parent_types: string[];
        kind: string | null;
        status: string | null;
        ended: boolean;
        same_organisation: boolean;
      }>(
        `select a.parent_types::text[] as parent_types, h.kind::text as kind, h.status::text as status,
                a.status in ('withdrawn', 'rejected') as ended,
                h.organisation_id is not distinct from a.organisation_id as same_organisation
         from public.applications a
         left join public.household_contacts c on c.application_id = a.id
         left join public.households h on h.id = c.household_id
         where a.stage = 'available'`,
      ),
    );
    expect(approved.length).toBeGreaterThan(0);
    const kindOf = { foster: "foster_family", family_home: "family_home", support: "support_family" };
    for (const row of approved) {
      // One who stopped after approval is no longer offered.
      expect(row).toMatchObject({ status: row.ended ? "inactive" : "active", same_organisation: true });
      expect(row.kind).toBe(kindOf[row.parent_types[0] as keyof typeof kindOf]);
    }
  });

  it("labels households pseudonymously, never with a name", async () => {
    const labels = await withService(db, (tx) =>
      tx.query<{ label: string }>("select label from public.households"),
    );
    for (const { label } of labels) {
      expect(label).toMatch(/^(Gezin|Gezinshuis|Steungezin) [UHE]-\d{4}$/);
      expect(names.some((name) => label.toLowerCase().includes(name))).toBe(false);
    }
  });

  it("keeps each household's made-up name and example address apart from its label", async () => {
    const contacts = await withService(db, (tx) =>
      tx.query<{ display_name: string; email: string }>(
        `select c.display_name, c.email from public.households h
         left join public.household_contacts c on c.household_id = h.id`,
      ),
    );
    for (const contact of contacts) {
      expect(contact.display_name).toMatch(/^Familie /);
      expect(contact.email).toMatch(/@voorbeeld\.test$/);
    }
  });

  it("mixes kinds, statuses and stale records the way a real register does", async () => {
    const [mix] = await withService(db, (tx) =>
      tx.query<Record<string, number>>(`
        select
          count(*) filter (where kind = 'foster_family')::int as foster,
          count(*) filter (where kind = 'family_home')::int as family_home,
          count(*) filter (where kind = 'support_family')::int as support,
          count(*) filter (where kind = 'support_family' and care_forms <> '{part_time}')::int as support_not_part_time,
          count(*) filter (where status = 'active')::int as active,
          count(*) filter (where status <> 'active')::int as not_active,
          count(*) filter (where capacity_updated_at < now() - interval '180 days')::int as stale,
          count(*) filter (where next_rescreening = vgb_date + interval '2 years')::int as rescreening_in_two_years
        from public.households`),
    );
    expect(mix.foster).toBeGreaterThan(mix.support);
    expect(mix.support).toBeGreaterThan(mix.family_home);
    expect(mix.family_home).toBeGreaterThan(0);
    expect(mix.support_not_part_time).toBe(0);
    expect(mix.active).toBeGreaterThan(mix.not_active);
    expect(mix.not_active).toBeGreaterThan(0);
    expect(mix.stale).toBeGreaterThan(0);
    expect(mix.rescreening_in_two_years).toBe(mix.foster + mix.family_home + mix.support);

    const statuses = await withService(db, (tx) =>
      tx.query<{ status: string; without_reason: number }>(
        `select status::text, count(*) filter (where status_reason is null)::int as without_reason
         from public.placement_needs group by status`,
      ),
    );
    expect(statuses.map((row) => row.status).sort()).toEqual([
      "cancelled",
      "matching",
      "open",
      "placed",
      "proposed",
    ]);
    expect(statuses.find((row) => row.status === "cancelled")?.without_reason).toBe(0);
  });
  it("shows the placement worker a need many households fit, one few fit poorly and one nothing fits, with why", async () => {
    const [worker] = await withService(db, (tx) =>
      tx.query<{ id: string }>("select id from auth.users where email = 'plaatser@openhuis.test'"),
    );
    const claims = claimsFor(worker.id, "plaatser@openhuis.test");
    const searchFor = async (reference: string) => {
      const [need] = await withService(db, (tx) =>
        tx.query<{ id: string }>("select id from public.placement_needs where reference = $1", [reference]),
      );
      return findCandidates(db, claims, need.id, 100);
    };
    const good = await searchFor("PV-DEMO-GOED");
    const poor = await searchFor("PV-DEMO-MATIG");
    const none = await searchFor("PV-DEMO-GEEN");
    expect(good.candidates.length).toBeGreaterThanOrEqual(5);
    expect(poor.candidates.length).toBeGreaterThan(0);
    expect(poor.candidates.length).toBeLessThan(good.candidates.length);
    expect(poor.candidates[0].score).toBeLessThan(good.candidates[0].score);
    expect(none.candidates).toEqual([]);
    expect(none.removedBy.length).toBeGreaterThan(0);
  });

  it("has fresh and stale availability under each provider's own period", async () => {
    const freshness = await withService(db, (tx) =>
      tx.query<{ slug: string; weeks: number; stale: number; fresh: number }>(
        // As on the day the demo was seeded for, which lies in the past by now.
        `with aged as (
           select o.slug, private.capacity_confirm_weeks(o.id) as weeks,
                  h.capacity_updated_at < $1::timestamptz - make_interval(weeks => private.capacity_confirm_weeks(o.id))
                    as stale
           from public.households h join public.organisations o on o.id = h.organisation_id
           where h.status = 'active')
         select slug, weeks, count(*) filter (where stale)::int as stale, count(*) filter (where not stale)::int as fresh
         from aged group by slug, weeks order by slug`,
        [today.toISOString()],
      ),
    );
    expect(freshness.map((row) => [row.slug, row.weeks])).toEqual([
      ["gezinshuizen-de-heuvelrug", 8],
      ["pleegzorg-utrecht-stad", 6],
      ["steunouders-eemland", 6],
    ]);
    for (const row of freshness) {
      expect(row.stale, row.slug).toBeGreaterThan(0);
      expect(row.fresh, row.slug).toBeGreaterThan(row.stale);
    }
  });

  it("gives each organisation fictional sent applications spread over the stages, some with exits", async () => {
    const rows = await withService(db, (tx) =>
      tx.query<{
        slug: string;
        stage: string;
        status: string;
        email: string;
        exit_reason_code: string | null;
      }>(
        `select o.slug, a.stage::text, a.status::text, a.email, a.exit_reason_code
         from public.applications a join public.organisations o on o.id = a.organisation_id`,
      ),
    );
    expect(rows.length).toBeGreaterThanOrEqual(40);
    expect(new Set(rows.map((row) => row.slug)).size).toBe(3);
    expect(rows.every((row) => row.email.endsWith("@voorbeeld.test"))).toBe(true);
    const ownOpen = rows.filter((row) => row.slug === "pleegzorg-utrecht-stad" && row.status === "submitted");
    expect(new Set(ownOpen.map((row) => row.stage)).size).toBeGreaterThanOrEqual(5);
    expect(rows.some((row) => row.status !== "submitted")).toBe(true);
    expect(rows.every((row) => (row.status === "submitted") === (row.exit_reason_code === null))).toBe(true);
  });

  it("puts invitations on timelines (with their outbox copy), one organisation's own text and one quiet-days limit", async () => {
    const [mails] = await withService(db, (tx) =>
      tx.query<{ sent: number; in_outbox: number; own_templates: number; settings: number }>(
        `select (select count(*)::int from public.applicant_mails) as sent,
                (select count(*)::int from public.applicant_mails m
                   join private.mail_outbox o on o.id = m.outbox_id and o.to_address like '%@voorbeeld.test') as in_outbox,
                (select count(*)::int from public.mail_templates where organisation_id is not null) as own_templates,
                (select count(*)::int from public.recruitment_settings) as settings`,
      ),
    );
    expect(mails.sent).toBeGreaterThanOrEqual(5);
    expect(mails.in_outbox).toBe(mails.sent);
    expect(mails.own_templates).toBe(1);
    expect(mails.settings).toBe(1);
  });

  it("shows proposals in every step, each between the need's organisation and another one's household", async () => {
    const proposals = await withService(db, (tx) =>
      tx.query<{ step: string; proposer: string; owner: string; need_status: string }>(
        `select case when pl.ended_at is not null then 'ended' when pl.id is not null then 'placed'
                     else p.status::text end as step,
                po.slug as proposer, oo.slug as owner, n.status::text as need_status
         from public.placement_proposals p
         join public.placement_needs n on n.id = p.need_id
         join public.organisations po on po.id = p.proposing_organisation_id
         join public.organisations oo on oo.id = p.owning_organisation_id
         left join public.placements pl on pl.proposal_id = p.id
         order by p.shortlisted_at desc`,
      ),
    );
    expect(proposals.map((proposal) => proposal.step)).toEqual([
      "shortlisted",
      "proposed",
      "proposed",
      "declined",
      "placed",
      "ended",
    ]);
    expect(proposals.every((proposal) => proposal.proposer !== proposal.owner)).toBe(true);
    expect(proposals.map((proposal) => proposal.need_status)).toEqual([
      "open",
      "proposed",
      "proposed",
      "matching",
      "placed",
      "placed",
    ]);
  });

  it("gives a year of applications with phone, birth date and a history in which every stage and exit occurs", async () => {
    const [counts] = await withService(db, (tx) =>
      tx.query<{
        applications: number;
        months: number;
        without_contact: number;
        without_history: number;
        stages_reached: number;
        exit_reasons: number;
        exits_without_history: number;
      }>(
        `select count(*)::int as applications,
           count(distinct date_trunc('month', a.submitted_at))::int as months,
           count(*) filter (where a.phone is null or a.date_of_birth is null)::int as without_contact,
           count(*) filter (where not exists (
             select 1 from public.application_stage_history h where h.application_id = a.id))::int as without_history,
           (select count(distinct h.to_stage)::int from public.application_stage_history h) as stages_reached,
           count(distinct a.exit_reason_code)::int as exit_reasons,
           count(*) filter (where a.exit_reason_code is not null and not exists (
             select 1 from public.application_stage_history h
             where h.application_id = a.id and h.reason_code = a.exit_reason_code))::int as exits_without_history
         from public.applications a`,
      ),
    );
    expect(counts.applications).toBeGreaterThanOrEqual(250);
    expect(counts.months).toBeGreaterThanOrEqual(12);
    expect(counts).toMatchObject({ without_contact: 0, without_history: 0, exits_without_history: 0 });
    expect(counts.stages_reached).toBe(6);
    expect(counts.exit_reasons).toBeGreaterThanOrEqual(8);
  });
});

describe("the demo data generators", () => {
  it("produce the same households and placement needs for the same day", () => {
    expect(demoHouseholds(today)).toEqual(demoHouseholds(today));
    expect(demoPlacementNeeds(today)).toEqual(demoPlacementNeeds(today));
    expect(demoApplications(today)).toEqual(demoApplications(today));
    expect(demoPlacementProposals(today)).toEqual(demoPlacementProposals(today));
  });
});
