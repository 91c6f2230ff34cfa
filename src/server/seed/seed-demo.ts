import type { Database, SqlExecutor } from "../sql/engine";
import { withService } from "../sql/with-user";
import { seedDemoApplicantMails } from "./demo-applicant-mails";
import { seedDemoApplications } from "./demo-applications";
import { demoApprovedHouseholds } from "./demo-approved-households";
import { seedDemoCampaigns } from "./demo-campaigns";
import { seedDemoEvenings } from "./demo-evenings";
import { type DemoHousehold, demoHouseholdCultures, demoHouseholds } from "./demo-households";
import {
  demoOrganisations,
  demoRegion,
  demoStaff,
  postcodeAreasOf,
  type StaffRole,
} from "./demo-organisations";
import { demoPlacementNeeds } from "./demo-placement-needs";
import { demoPlacementProposals } from "./demo-placement-proposals";
import { stableUuid } from "./random";

// Rows travel as one JSON text parameter per table ($1::text::jsonb): a single round trip each, and
// postgres.js would encode a parameter typed jsonb a second time.

export interface DemoLogin {
  email: string;
  role: StaffRole;
  /** The organisation's display name. */
  organisation: string;
}

export interface SeedOptions {
  /** The day the demo's dates are relative to; today by default. */
  today?: Date;
}

/**
 * Fills an empty database with a demo region: three providers, their staff, ~300 households,
 * ~40 placement needs with a few proposals in every state, ~300 fictional sent applications over the
 * past year with their stage histories and two recruiter campaigns. Every row has a fixed key and is inserted with
 * `on conflict do nothing`, so running it again changes nothing.
 */
export async function seedDemoData(db: Database, options: SeedOptions = {}): Promise<DemoLogin[]> {
  const today = options.today ?? new Date();
  await withService(db, async (tx) => {
    await insertRegionAndOrganisations(tx);
    await insertStaff(tx);
    await seedDemoEvenings(tx, today);
    await insertHouseholds(tx, demoHouseholds(today));
    await insertCapacitySettings(tx);
    await insertPlacementNeeds(tx, today);
    await insertPlacementProposals(tx, today);
    await seedDemoApplications(tx, today);
    await insertHouseholds(tx, await demoApprovedHouseholds(tx, today));
    await seedDemoApplicantMails(tx, today);
    await seedDemoCampaigns(tx);
  });
  return demoLogins();
}

export function demoLogins(): DemoLogin[] {
  return demoStaff.map((member) => ({
    email: member.email,
    role: member.role,
    organisation:
      demoOrganisations.find((organisation) => organisation.slug === member.organisationSlug)?.name ?? "",
  }));
}

async function insertRegionAndOrganisations(tx: SqlExecutor): Promise<void> {
  await tx.query("insert into public.regions (slug, name) values ($1, $2) on conflict (slug) do nothing", [
    demoRegion.slug,
    demoRegion.name,
  ]);
  const organisations = demoOrganisations.map((organisation) => ({
    slug: organisation.slug,
    name: organisation.name,
    postcode_areas: postcodeAreasOf(organisation).map((area) => area.postcode4),
    service_municipalities: organisation.municipalities.map(([municipality]) => municipality),
    parent_types: organisation.offers.parentTypes,
    care_forms: organisation.offers.careForms,
    public_phone: organisation.contact.phone,
    public_email: organisation.contact.email,
    website: organisation.contact.website,
  }));
  await tx.query(
    `insert into public.organisations (region_id, slug, name, postcode_areas, service_municipalities,
       parent_types, care_forms, public_phone, public_email, website)
     select r.id, o.slug, o.name, o.postcode_areas, o.service_municipalities, o.parent_types, o.care_forms,
       o.public_phone, o.public_email, o.website
     from jsonb_to_recordset($1::text::jsonb) as o(slug text, name text, postcode_areas text[],
       service_municipalities text[], parent_types public.parent_type[], care_forms public.care_form[],
       public_phone text, public_email text, website text)
     join public.regions r on r.slug = $2
     on conflict (slug) do nothing`,
    [JSON.stringify(organisations), demoRegion.slug],
  );
}

async function insertStaff(tx: SqlExecutor): Promise<void> {
  const staff = demoStaff.map((member) => ({
    id: stableUuid(`user/${member.email}`),
    email: member.email,
    organisation_slug: member.organisationSlug,
    role: member.role,
  }));
  await tx.query(
    `insert into auth.users (id, email, email_confirmed_at)
     select s.id, s.email, now() from jsonb_to_recordset($1::text::jsonb) as s(id uuid, email text)
     on conflict do nothing`,
    [JSON.stringify(staff)],
  );
  await tx.query(
    `insert into public.memberships (user_id, organisation_id, role)
     select u.id, o.id, s.role
     from jsonb_to_recordset($1::text::jsonb) as s(email text, organisation_slug text, role public.staff_role)
     join auth.users u on u.email = s.email
     join public.organisations o on o.slug = s.organisation_slug
     on conflict (user_id, organisation_id, role) do nothing`,
    [JSON.stringify(staff)],
  );
}

async function insertHouseholds(tx: SqlExecutor, households: readonly DemoHousehold[]): Promise<void> {
  await tx.query(
    `insert into public.households (
       id, organisation_id, region_id, label, kind, status, care_forms, places_total, places_free,
       max_sibling_group, age_min, age_max, available_from, available_until, expertise, languages,
       household_children_ages, has_pets, smoking, accessible_home, own_bedroom, open_past_eighteen,
       max_travel_km, municipality, postcode4, approx_lat, approx_lng, vgb_date, next_rescreening,
       capacity_updated_at, capacity_updated_by, created_at)
     select h.id, o.id, o.region_id, h.label, h.kind, h.status, h.care_forms, h.places_total, h.places_free,
       h.max_sibling_group, h.age_min, h.age_max, h.available_from, h.available_until, h.expertise, h.languages,
       h.household_children_ages, h.has_pets, h.smoking, h.accessible_home, h.own_bedroom, h.open_past_eighteen,
       h.max_travel_km, h.municipality, h.postcode4, h.approx_lat, h.approx_lng, h.vgb_date, h.next_rescreening,
       h.capacity_updated_at, u.id, least(h.capacity_updated_at, h.vgb_date + interval '90 days')
     from jsonb_to_recordset($1::text::jsonb) as h(
       id uuid, organisation_slug text, label text, kind public.household_kind, status public.household_status,
       care_forms public.care_form[], places_total integer, places_free integer, max_sibling_group integer,
       age_min integer, age_max integer, available_from date, available_until date, expertise text[],
       languages text[], household_children_ages integer[], has_pets boolean, smoking boolean,
       accessible_home boolean, own_bedroom boolean, open_past_eighteen boolean, max_travel_km integer,
       municipality text, postcode4 text, approx_lat double precision, approx_lng double precision,
       vgb_date date, next_rescreening date, capacity_updated_at timestamptz, capacity_updated_by_email text)
     join public.organisations o on o.slug = h.organisation_slug
     left join auth.users u on u.email = h.capacity_updated_by_email
     on conflict (id) do nothing`,
    [JSON.stringify(households)],
  );
  const addresses = households.map((household) => ({ household_id: household.id, ...household.address }));
  await tx.query(
    `insert into private.household_addresses (household_id, postcode, house_number, lat, lng)
     select a.household_id, a.postcode, a.house_number, a.lat, a.lng
     from jsonb_to_recordset($1::text::jsonb) as a(
       household_id uuid, postcode text, house_number text, lat double precision, lng double precision)
     join public.households h on h.id = a.household_id
     on conflict (household_id) do nothing`,
    [JSON.stringify(addresses)],
  );
  const contacts = households.map((household) => ({ household_id: household.id, ...household.contact }));
  await tx.query(
    `insert into public.household_contacts (household_id, display_name, email, application_id)
     select c.household_id, c.display_name, c.email, c.application_id
     from jsonb_to_recordset($1::text::jsonb) as c(
       household_id uuid, display_name text, email text, application_id uuid)
     join public.households h on h.id = c.household_id
     on conflict (household_id) do nothing`,
    [JSON.stringify(contacts)],
  );
  await tx.query(
    `insert into private.household_culture (household_id, religion_culture)
     select c.household_id, c.religion_culture
     from jsonb_to_recordset($1::text::jsonb) as c(household_id uuid, religion_culture text)
     join public.households h on h.id = c.household_id
     on conflict (household_id) do nothing`,
    [JSON.stringify(demoHouseholdCultures(households))],
  );
}

/** Providers that ask their households to confirm more or less often than the default. */
async function insertCapacitySettings(tx: SqlExecutor): Promise<void> {
  const settings = demoOrganisations.flatMap((organisation) =>
    organisation.confirmEveryWeeks
      ? [{ slug: organisation.slug, weeks: organisation.confirmEveryWeeks }]
      : [],
  );
  await tx.query(
    `insert into public.capacity_settings (organisation_id, confirm_every_weeks)
     select o.id, s.weeks from jsonb_to_recordset($1::text::jsonb) as s(slug text, weeks integer)
     join public.organisations o on o.slug = s.slug
     on conflict (organisation_id) do nothing`,
    [JSON.stringify(settings)],
  );
}

async function insertPlacementNeeds(tx: SqlExecutor, today: Date): Promise<void> {
  await tx.query(
    `insert into public.placement_needs (
       organisation_id, region_id, reference, child_age, child_gender, sibling_count, siblings_together,
       urgency, start_date, care_form, expected_duration, school_location, school_postcode4, school_lat, school_lng,
       parents_location, parents_postcode4, parents_lat, parents_lng, max_distance_km, needs, exclusions, languages,
       expected_past_eighteen, court_ordered, status, status_reason, created_by, created_at, updated_at)
     select o.id, o.region_id, n.reference, n.child_age, n.child_gender, n.sibling_count, n.siblings_together,
       n.urgency, n.start_date, n.care_form, n.expected_duration, n.school_location, n.school_postcode4, n.school_lat,
       n.school_lng, n.parents_location, n.parents_postcode4, n.parents_lat, n.parents_lng, n.max_distance_km, n.needs,
       n.exclusions, n.languages, n.expected_past_eighteen, n.court_ordered, n.status, n.status_reason, u.id,
       n.created_at, n.updated_at
     from jsonb_to_recordset($1::text::jsonb) as n(
       reference text, organisation_slug text, child_age integer, child_gender text, sibling_count integer,
       siblings_together boolean, urgency public.urgency, start_date date, care_form public.care_form,
       expected_duration text, school_location text, school_postcode4 text, school_lat double precision,
       school_lng double precision, parents_location text, parents_postcode4 text, parents_lat double precision,
       parents_lng double precision, max_distance_km integer, needs text[], exclusions text[], languages text[],
       expected_past_eighteen boolean,
       court_ordered boolean, status public.placement_need_status, status_reason text,
       created_by_email text, created_at timestamptz, updated_at timestamptz)
     join public.organisations o on o.slug = n.organisation_slug
     left join auth.users u on u.email = n.created_by_email
     on conflict (reference) do nothing`,
    [JSON.stringify(demoPlacementNeeds(today))],
  );
}

async function insertPlacementProposals(tx: SqlExecutor, today: Date): Promise<void> {
  const proposals = demoPlacementProposals(today);
  await tx.query(
    `insert into public.placement_proposals (
       id, need_id, household_id, proposing_organisation_id, owning_organisation_id, status, version, message,
       decline_reason, answer_note, shortlisted_by, shortlisted_at, proposed_by, proposed_at, answered_by, answered_at)
     select p.id, n.id, h.id, n.organisation_id, h.organisation_id, p.status,
       (p.proposed_at is not null)::int + (p.answered_at is not null)::int + (p.placement is not null)::int
         + (p.placement ->> 'ended_at' is not null)::int,
       p.message, p.decline_reason, p.answer_note, s.id, p.shortlisted_at,
       case when p.proposed_at is not null then s.id end, p.proposed_at, a.id, p.answered_at
     from jsonb_to_recordset($1::text::jsonb) as p(
       id uuid, need_reference text, household_id uuid, status public.placement_proposal_status, message text,
       decline_reason text, answer_note text, shortlisted_by_email text, shortlisted_at timestamptz,
       proposed_at timestamptz, answered_by_email text, answered_at timestamptz, placement jsonb)
     join public.placement_needs n on n.reference = p.need_reference
     join public.households h on h.id = p.household_id
     left join auth.users s on s.email = p.shortlisted_by_email
     left join auth.users a on a.email = p.answered_by_email
     on conflict (id) do nothing`,
    [JSON.stringify(proposals)],
  );
  await tx.query(
    `insert into public.placements (
       id, proposal_id, need_id, household_id, places, placed_by, placed_at, ended_by, ended_at, end_reason)
     select (p.placement ->> 'id')::uuid, pp.id, pp.need_id, pp.household_id, (p.placement ->> 'places')::int,
       pp.proposed_by, (p.placement ->> 'placed_at')::timestamptz,
       case when p.placement ->> 'ended_at' is not null then pp.answered_by end,
       (p.placement ->> 'ended_at')::timestamptz, p.placement ->> 'end_reason'
     from jsonb_to_recordset($1::text::jsonb) as p(id uuid, placement jsonb)
     join public.placement_proposals pp on pp.id = p.id
     where p.placement is not null
     on conflict (id) do nothing`,
    [JSON.stringify(proposals)],
  );
}
