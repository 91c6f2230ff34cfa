import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/server/sql/engine";
import { testEngines } from "../support/databases";
import {
  ALL,
  ALLOWED,
  attemptAs,
  type ColumnPrivilege,
  type ColumnsCell,
  columnGrants,
  createMatrixFixture,
  type DatabaseRole,
  DENIED,
  databaseRoleOf,
  emails,
  type FunctionExpectation,
  hasTablePrivilege,
  inTermsOf,
  listFunctions,
  listRelations,
  type MatrixFixture,
  measureTable,
  type PersonaName,
  perPersona,
  personaNames,
  REFUSED,
  type Relation,
  type TableExpectation,
} from "./persona-matrix";

/*
 * Who may read, write and execute what: every table, view and function in public, private and app
 * (and auth.users), for every persona. The objects come from pg_catalog when the test runs, so a new
 * table or function fails here until someone writes down who may use it.
 *
 * Personas (tests/db/persona-matrix.ts builds them through the same use cases the pages call):
 *   anon               a visitor without cookies
 *   draftHolder        a visitor whose browser holds the draft token of their own unclaimed draft
 *   formerDraftHolder  the browser that started applicant A's application before A signed in and sent it
 *   applicantA         signed in; sent their application (routed to Pleegzorg A); registered for B's evening
 *   applicantB         signed in; their application is a draft (routed to Pleegzorg A)
 *   recruiterA/B       recruiter of Pleegzorg A / Jeugdzorg B (both region Utrecht)
 *   placementWorkerA   placement worker of Pleegzorg A
 *   adminA             admin of Pleegzorg A
 *   service            service_role: jobs and the auth subsystem, bypasses row level security
 *
 * Cells: a list of row labels (what the persona reads, or which rows an update/delete would change);
 * DENIED: no grant, the statement fails before any row is looked at; REFUSED: the grant is there but a
 * policy check or trigger refuses; ALL: every row; ALLOWED: the insert probe succeeds. `others` covers
 * every persona not named. Cells marked "issue 6.n" are what that point of issue 6 asks for.
 */

const A = emails.applicantA;
const B = emails.applicantB;
const visitorDraft = emails.draftHolder;
const upcomingEvenings = ["Informatieavond A", "Informatieavond B"];

/** A proposal or placement by its need and household: "PV-A-0001 → Gezin B-201". */
const placementLabel = `(select n.reference from public.placement_needs n where n.id = t.need_id) || ' → ' ||
  (select h.label from public.households h where h.id = t.household_id)`;

/** Only the service reads or writes it (private tables, auth.users). */
const serviceOnly: TableExpectation = {
  select: { service: ALL, others: DENIED },
  insert: { service: ALLOWED, others: DENIED },
  update: { service: ALL, others: DENIED },
  delete: { service: ALL, others: DENIED },
};

const tables: Record<string, TableExpectation> = {
  "auth.users": serviceOnly,
  "private.deletion_requests": serviceOnly,
  "private.evening_registration_tokens": serviceOnly,
  "private.household_addresses": serviceOnly,
  "private.availability_reminders": serviceOnly,
  "private.household_label_counters": serviceOnly,
  // Religion or culture: special category, read only by app.match_placement_need as its owner.
  "private.household_culture": serviceOnly,
  "private.mail_outbox": serviceOnly,
  "private.draft_reminders": serviceOnly,
  // PDOK's answers by normalised question; the server's geocoder reads and writes them.
  "private.geocode_cache": serviceOnly,
  "private.rate_limits": serviceOnly,
  "private.sessions": serviceOnly,
  "private.sign_in_codes": serviceOnly,

  "public.regions": {
    label: "t.slug",
    select: { service: ALL, others: ["gelderland", "utrecht"] },
    insert: { service: ALLOWED, others: DENIED },
    update: { service: ALL, others: DENIED },
    delete: { service: ALL, others: DENIED },
  },
  "public.organisations": {
    label: "t.slug",
    select: { service: ALL, others: ["gezinshuis-c", "jeugdzorg-b", "pleegzorg-a"] },
    insert: { service: ALLOWED, others: DENIED },
    update: { service: ALL, others: DENIED },
    delete: { service: ALL, others: DENIED },
    // The regional finder's public columns; nothing added to the table later reaches anon.
    columns: { anon: { select: { except: ["created_at"] } } },
  },
  "public.retention_settings": {
    label: "coalesce((select o.slug from public.organisations o where o.id = t.organisation_id), 'defaults')",
    select: {
      anon: DENIED,
      draftHolder: DENIED,
      formerDraftHolder: DENIED,
      service: ALL,
      others: ["defaults"],
    },
    insert: { service: ALLOWED, others: DENIED },
    update: { service: ALL, others: DENIED },
    delete: { service: ALL, others: DENIED },
  },
  "public.matching_weights": {
    label: "coalesce((select o.slug from public.organisations o where o.id = t.organisation_id), 'defaults')",
    select: {
      anon: DENIED,
      draftHolder: DENIED,
      formerDraftHolder: DENIED,
      service: ALL,
      others: ["defaults"],
    },
    insert: { service: ALLOWED, others: DENIED },
    update: { service: ALL, others: DENIED },
    delete: { service: ALL, others: DENIED },
  },
  // How often households confirm availability: not personal data, read by every signed-in user so
  // lists can mark stale capacity of any organisation; written only by app.set_capacity_confirm_weeks.
  "public.capacity_settings": {
    label: "(select o.slug from public.organisations o where o.id = t.organisation_id)",
    select: { anon: DENIED, draftHolder: DENIED, formerDraftHolder: DENIED, service: ALL, others: [] },
    insert: { service: ALLOWED, others: DENIED },
    update: { service: ALL, others: DENIED },
    delete: { service: ALL, others: DENIED },
  },
  "public.memberships": {
    label: "(select u.email from auth.users u where u.id = t.user_id)",
    select: {
      anon: DENIED,
      draftHolder: DENIED,
      formerDraftHolder: DENIED,
      recruiterA: ["werving@pleegzorg-a.test"],
      recruiterB: ["werving@jeugdzorg-b.test"],
      placementWorkerA: ["plaatsing@pleegzorg-a.test"],
      adminA: ["beheer@pleegzorg-a.test", "plaatsing@pleegzorg-a.test", "werving@pleegzorg-a.test"],
      service: ALL,
      others: [],
    },
    insert: { service: ALLOWED, others: DENIED },
    update: { service: ALL, others: DENIED },
    delete: { service: ALL, others: DENIED },
  },
  "public.staff_invitations": {
    label: "t.email",
    select: {
      anon: DENIED,
      draftHolder: DENIED,
      formerDraftHolder: DENIED,
      adminA: ["nieuwe.werver@pleegzorg-a.test"],
      service: ALL,
      others: [],
    },
    insert: { service: ALLOWED, others: DENIED },
    update: { service: ALL, others: DENIED },
    delete: { service: ALL, others: DENIED },
    // The token hash is for the accepting function only.
    columns: { authenticated: { select: { except: ["token_hash"] } } },
  },
  "public.audit_log": {
    label:
      "t.action || ' @ ' || coalesce((select o.slug from public.organisations o where o.id = t.organisation_id), '-')",
    select: {
      anon: DENIED,
      draftHolder: DENIED,
      formerDraftHolder: DENIED,
      adminA: [
        "applicant_mail.sent @ pleegzorg-a",
        "application.assigned @ pleegzorg-a",
        "campaign.created @ pleegzorg-a",
        "campaign.created @ pleegzorg-a",
        "campaign.published @ pleegzorg-a",
        "household.updated @ pleegzorg-a",
        "mail_template.changed @ pleegzorg-a",
        "recruitment_settings.changed @ pleegzorg-a",
        "screening_check.recorded @ pleegzorg-a",
        "staff_role.granted @ pleegzorg-a",
        // Both proposals between A and B, each step in both organisations' logs.
        "placement.shortlisted @ pleegzorg-a",
        "placement.shortlisted @ pleegzorg-a",
        "placement.proposed @ pleegzorg-a",
        "placement.proposed @ pleegzorg-a",
        "placement.accepted @ pleegzorg-a",
        "placement.placed @ pleegzorg-a",
        "placement_need.changed @ pleegzorg-a",
      ],
      service: ALL,
      others: [],
    },
    insert: { service: ALLOWED, others: DENIED },
    // Append-only for every role, the service too (issue 6.13).
    update: { service: REFUSED, others: DENIED },
    delete: { service: REFUSED, others: DENIED },
  },
  "public.households": {
    label: "t.label",
    select: {
      anon: DENIED,
      draftHolder: DENIED,
      formerDraftHolder: DENIED,
      recruiterA: ["Gezin A-101", "Gezin A-102"],
      recruiterB: ["Gezin B-201"],
      placementWorkerA: ["Gezin A-101", "Gezin A-102", "Gezin B-201"],
      adminA: ["Gezin A-101", "Gezin A-102"],
      service: ALL,
      others: [],
    },
    insertProbe: (f) => ({
      sql: `insert into public.households
              (organisation_id, region_id, label, kind, care_forms, places_total, places_free, age_min, age_max,
               municipality, postcode4, approx_lat, approx_lng)
            values ($1, $2, 'Gezin A-nieuw', 'support_family', '{part_time}', 1, 1, 4, 12, 'Utrecht', '3511', 52.09, 5.12)`,
      params: [f.people.organisations.a, f.people.regions.utrecht],
    }),
    insert: {
      anon: DENIED,
      draftHolder: DENIED,
      formerDraftHolder: DENIED,
      recruiterA: ALLOWED,
      adminA: ALLOWED,
      service: ALLOWED,
      others: REFUSED,
    },
    update: {
      anon: DENIED,
      draftHolder: DENIED,
      formerDraftHolder: DENIED,
      recruiterA: ["Gezin A-101", "Gezin A-102"],
      recruiterB: ["Gezin B-201"],
      adminA: ["Gezin A-101", "Gezin A-102"],
      service: ALL,
      others: [],
    },
    delete: { service: ALL, others: DENIED },
    columns: {
      authenticated: {
        // Availability changes that should be versioned and audited go through app functions.
        insert: {
          except: ["availability_version", "capacity_updated_at", "capacity_updated_by", "created_at"],
        },
        update: {
          except: ["availability_version", "capacity_updated_at", "capacity_updated_by", "created_at", "id"],
        },
      },
    },
  },
  "public.household_contacts": {
    label: "t.display_name",
    key: "t.household_id",
    select: {
      anon: DENIED,
      draftHolder: DENIED,
      formerDraftHolder: DENIED,
      // Only the owning organisation: other organisations' placement workers match on the pseudonymous label.
      recruiterA: ["Familie Aalders"],
      placementWorkerA: ["Familie Aalders"],
      adminA: ["Familie Aalders"],
      recruiterB: ["Familie Bakker"],
      service: ALL,
      others: [],
    },
    insertProbe: (f) => ({
      sql: `insert into public.household_contacts (household_id, display_name) values ($1, 'Familie Nieuw')`,
      params: [f.people.households.a2],
    }),
    insert: {
      anon: DENIED,
      draftHolder: DENIED,
      formerDraftHolder: DENIED,
      recruiterA: ALLOWED,
      adminA: ALLOWED,
      service: ALLOWED,
      others: REFUSED,
    },
    update: {
      anon: DENIED,
      draftHolder: DENIED,
      formerDraftHolder: DENIED,
      recruiterA: ["Familie Aalders"],
      adminA: ["Familie Aalders"],
      recruiterB: ["Familie Bakker"],
      service: ALL,
      others: [],
    },
    delete: { service: ALL, others: DENIED },
    columns: {
      authenticated: {
        select: "all",
        insert: ["application_id", "display_name", "email", "household_id", "phone"],
        update: ["display_name", "email", "phone"],
      },
    },
  },
  "public.placement_needs": {
    label: "t.reference",
    select: {
      anon: DENIED,
      draftHolder: DENIED,
      formerDraftHolder: DENIED,
      placementWorkerA: ["PV-A-0001"],
      service: ALL,
      others: [],
    },
    insertProbe: (f) => ({
      sql: `insert into public.placement_needs
              (organisation_id, region_id, reference, child_age, urgency, start_date, care_form)
            values ($1, $2, 'PV-A-0099', 14, 'crisis_today', current_date, 'crisis')`,
      params: [f.people.organisations.a, f.people.regions.utrecht],
    }),
    insert: {
      anon: DENIED,
      draftHolder: DENIED,
      formerDraftHolder: DENIED,
      placementWorkerA: ALLOWED,
      service: ALLOWED,
      others: REFUSED,
    },
    update: {
      anon: DENIED,
      draftHolder: DENIED,
      formerDraftHolder: DENIED,
      placementWorkerA: ["PV-A-0001"],
      service: ALL,
      others: [],
    },
    delete: { service: ALL, others: DENIED },
    columns: {
      authenticated: {
        // The geocoding retry job counts its attempts, as the service.
        insert: { except: ["created_at", "created_by", "location_attempts", "updated_at"] },
        update: { except: ["created_at", "created_by", "id", "location_attempts", "updated_at"] },
      },
    },
  },
  // The proposing organisation's placement workers and the owning organisation's recruiters and
  // placement workers; nobody writes but through the app functions (issue 8.5).
  "public.placement_proposals": {
    label: placementLabel,
    select: {
      anon: DENIED,
      draftHolder: DENIED,
      formerDraftHolder: DENIED,
      placementWorkerA: ["PV-A-0001 → Gezin B-201", "PV-B-0001 → Gezin A-101"],
      recruiterA: ["PV-B-0001 → Gezin A-101"],
      recruiterB: ["PV-A-0001 → Gezin B-201"],
      service: ALL,
      others: [],
    },
    insert: { service: ALLOWED, others: DENIED },
    update: { service: ALL, others: DENIED },
    delete: { service: ALL, others: DENIED },
  },
  "public.placements": {
    label: placementLabel,
    select: {
      anon: DENIED,
      draftHolder: DENIED,
      formerDraftHolder: DENIED,
      placementWorkerA: ["PV-B-0001 → Gezin A-101"],
      recruiterA: ["PV-B-0001 → Gezin A-101"],
      service: ALL,
      others: [],
    },
    insert: { service: ALLOWED, others: DENIED },
    update: { service: ALL, others: DENIED },
    delete: { service: ALL, others: DENIED },
  },
  "public.applications": {
    label: "t.email",
    select: {
      draftHolder: [visitorDraft],
      // A draft token opens only an unclaimed draft (issue 6.1).
      formerDraftHolder: [],
      applicantA: [A],
      applicantB: [B],
      // Staff see an application once it is sent; registering for an evening makes none (issue 6.7, 6.2).
      recruiterA: [A],
      adminA: [A],
      service: ALL,
      others: [],
    },
    insert: { service: ALLOWED, others: DENIED },
    update: {
      draftHolder: [visitorDraft],
      formerDraftHolder: [],
      // After sending, changes go through functions that check the rules (issue 6.15).
      applicantA: [],
      applicantB: [B],
      service: ALL,
      others: [],
    },
    delete: { service: ALL, others: DENIED },
    columns: {
      anon: { update: applicantColumns() },
      authenticated: { update: applicantColumns() },
    },
  },
  "public.application_stage_history": {
    label: "(select a.email from public.applications a where a.id = t.application_id) || ' → ' || t.to_stage",
    select: {
      draftHolder: [`${visitorDraft} → interest`],
      formerDraftHolder: [],
      applicantA: [`${A} → application`, `${A} → interest`],
      applicantB: [`${B} → interest`],
      recruiterA: [`${A} → application`, `${A} → interest`],
      adminA: [`${A} → application`, `${A} → interest`],
      service: ALL,
      others: [],
    },
    insert: { service: ALLOWED, others: DENIED },
    // Append-only for every role, the service too (issue 7.3); rows go only with their application.
    update: { service: REFUSED, others: DENIED },
    delete: { service: REFUSED, others: DENIED },
    // A recruiter's note on a move is for staff, through app.list_stage_history (issue 7.8).
    columns: {
      anon: { select: { except: ["staff_note"] } },
      authenticated: { select: { except: ["staff_note"] } },
    },
  },
  "public.recruitment_settings": {
    label: "(select o.slug from public.organisations o where o.id = t.organisation_id)",
    // The board's quiet-days limit: the organisation's recruiters and admins read it, the admin
    // changes it through app.set_quiet_after_days (issue 7.5).
    select: {
      anon: DENIED,
      draftHolder: DENIED,
      formerDraftHolder: DENIED,
      recruiterA: ["pleegzorg-a"],
      adminA: ["pleegzorg-a"],
      service: ALL,
      others: [],
    },
    insert: { service: ALLOWED, others: DENIED },
    update: { service: ALL, others: DENIED },
    delete: { service: ALL, others: DENIED },
  },
  "public.mail_templates": {
    label:
      "coalesce((select o.slug from public.organisations o where o.id = t.organisation_id), 'default') || ':' || t.template_key",
    // Defaults for everyone signed in; an organisation's own texts for its recruiters and admins only.
    // Changes go through app.save_mail_template, which checks the placeholders and audits (issue 7.5).
    select: {
      anon: DENIED,
      draftHolder: DENIED,
      formerDraftHolder: DENIED,
      recruiterA: [...defaultTemplates(), "pleegzorg-a:training_invitation"],
      adminA: [...defaultTemplates(), "pleegzorg-a:training_invitation"],
      service: ALL,
      others: defaultTemplates(),
    },
    insert: { service: ALLOWED, others: DENIED },
    update: { service: ALL, others: DENIED },
    delete: { service: ALL, others: DENIED },
  },
  "public.applicant_mails": {
    label:
      "(select a.email from public.applications a where a.id = t.application_id) || ' ' || t.template_key",
    // What a recruiter sent an applicant: the organisation's staff and the applicant themself read it;
    // only app.record_applicant_mail writes it, with the outbox row (issue 7.5).
    select: {
      anon: DENIED,
      draftHolder: DENIED,
      formerDraftHolder: DENIED,
      applicantA: [`${A} introduction_invitation`],
      recruiterA: [`${A} introduction_invitation`],
      adminA: [`${A} introduction_invitation`],
      service: ALL,
      others: [],
    },
    insert: { service: ALLOWED, others: DENIED },
    update: { service: ALL, others: DENIED },
    delete: { service: ALL, others: DENIED },
  },
  "public.stage_routes": {
    label: "t.parent_type || ':' || t.from_stage || '→' || t.to_stage",
    // Configuration, the same for everyone signed in: which moves each parent type's route allows.
    select: {
      anon: DENIED,
      draftHolder: DENIED,
      formerDraftHolder: DENIED,
      service: ALL,
      others: routeMoves(),
    },
    insert: { service: ALLOWED, others: DENIED },
    update: { service: ALL, others: DENIED },
    delete: { service: ALL, others: DENIED },
  },
  "public.exit_reasons": {
    label: "t.code",
    select: {
      anon: DENIED,
      draftHolder: DENIED,
      formerDraftHolder: DENIED,
      service: ALL,
      others: [
        "applicant_asked_deletion",
        "applicant_asked_pause",
        "applicant_withdrew",
        "assessed_unsuitable",
        "below_minimum_age",
        "circumstances_changed",
        "life_event",
        "no_response",
        "not_for_me",
        "other_organisation",
        "training_dropped_out",
        "vgb_objection",
        "waiting_for_training",
      ],
    },
    insertProbe: () => ({
      sql: "insert into public.exit_reasons (code, exit, label) values ('matrix_probe', 'parked', 'Proef')",
      params: [],
    }),
    insert: { service: ALLOWED, others: DENIED },
    update: { service: ALL, others: DENIED },
    delete: { service: ALL, others: DENIED },
  },
  "public.screening_checks": {
    label: "(select a.email from public.applications a where a.id = t.application_id) || ' ' || t.kind",
    // Screening outcomes are criminal-record and special-category data: the organisation's
    // recruiters only, never its admin, placement workers or the applicant (issue 7.4). Changes go
    // through app.record_screening_check, which writes the audit log.
    select: {
      anon: DENIED,
      draftHolder: DENIED,
      formerDraftHolder: DENIED,
      recruiterA: [`${A} vgb`],
      service: ALL,
      others: [],
    },
    insert: { service: ALLOWED, others: DENIED },
    update: { service: ALL, others: DENIED },
    delete: { service: ALL, others: DENIED },
  },
  "public.application_follow_ups": {
    label: "(select a.email from public.applications a where a.id = t.application_id)",
    // Who follows an applicant up and what happens next: the organisation's staff only, never the
    // applicant (issue 7.2). Changes go through app.assign_applicant and app.set_next_action.
    select: {
      anon: DENIED,
      draftHolder: DENIED,
      formerDraftHolder: DENIED,
      recruiterA: [A],
      adminA: [A],
      service: ALL,
      others: [],
    },
    insert: { service: ALLOWED, others: DENIED },
    update: { service: ALL, others: DENIED },
    delete: { service: ALL, others: DENIED },
  },
  "public.application_follow_up_events": {
    label: "(select a.email from public.applications a where a.id = t.application_id) || ' ' || t.kind",
    select: {
      anon: DENIED,
      draftHolder: DENIED,
      formerDraftHolder: DENIED,
      recruiterA: [`${A} assigned`],
      adminA: [`${A} assigned`],
      service: ALL,
      others: [],
    },
    insert: { service: ALLOWED, others: DENIED },
    // Append-only like the stage history: rows go only with their application.
    update: { service: DENIED, others: DENIED },
    delete: { service: DENIED, others: DENIED },
  },
  "public.recruiter_campaigns": {
    label: "t.title",
    // Published campaigns are public pages; drafts are the organisation's recruiters' only (issue 10.5).
    select: {
      recruiterA: ["Campagne A concept", "Campagne A live"],
      recruiterB: ["Campagne A live", "Campagne B concept"],
      service: ALL,
      others: ["Campagne A live"],
    },
    insertProbe: (f) => ({
      sql: `insert into public.recruiter_campaigns (organisation_id, region_id, slug, parent_type, title, intro)
            values ($1, $2, 'nieuwe-campagne', 'support', 'Nieuwe campagne', 'Een inleiding van ruim twintig tekens.')`,
      params: [f.people.organisations.a, f.people.regions.utrecht],
    }),
    insert: {
      anon: DENIED,
      draftHolder: DENIED,
      formerDraftHolder: DENIED,
      recruiterA: ALLOWED,
      service: ALLOWED,
      others: REFUSED,
    },
    update: {
      anon: DENIED,
      draftHolder: DENIED,
      formerDraftHolder: DENIED,
      recruiterA: ["Campagne A concept", "Campagne A live"],
      recruiterB: ["Campagne B concept"],
      service: ALL,
      others: [],
    },
    delete: { service: ALL, others: DENIED },
    columns: {
      // Who made it is in the audit log; when it went live is stamped by trigger.
      anon: { select: { except: ["created_at", "created_by"] } },
      authenticated: {
        select: { except: ["created_at", "created_by"] },
        insert: { except: ["created_at", "created_by", "published", "published_at", "updated_at"] },
        update: ["evenings", "intro", "municipality", "parent_type", "published", "slug", "stories", "title"],
      },
    },
  },
  "public.information_evenings": {
    label: "t.title",
    select: {
      recruiterA: ["Afgelopen avond A", ...upcomingEvenings],
      adminA: ["Afgelopen avond A", ...upcomingEvenings],
      service: ALL,
      others: upcomingEvenings,
    },
    insertProbe: (f) => ({
      sql: `insert into public.information_evenings
              (organisation_id, region_id, title, starts_at, ends_at, online, join_url, capacity)
            values ($1, $2, 'Nieuwe avond', now() + interval '9 days', now() + interval '9 days 2 hours', true,
                    'https://meet.voorbeeld.test/nieuw', 10)`,
      params: [f.people.organisations.a, f.people.regions.utrecht],
    }),
    insert: {
      anon: DENIED,
      draftHolder: DENIED,
      formerDraftHolder: DENIED,
      recruiterA: ALLOWED,
      adminA: ALLOWED,
      service: ALLOWED,
      others: REFUSED,
    },
    update: {
      anon: DENIED,
      draftHolder: DENIED,
      formerDraftHolder: DENIED,
      recruiterA: ["Afgelopen avond A", "Informatieavond A"],
      recruiterB: ["Informatieavond B"],
      adminA: ["Afgelopen avond A", "Informatieavond A"],
      service: ALL,
      others: [],
    },
    delete: { service: ALL, others: DENIED },
    columns: {
      // The join link is for people with a place only, through a function; status, counts and the
      // revision are kept by functions and triggers.
      anon: { select: { except: ["created_by", "join_url"] } },
      authenticated: {
        select: { except: ["created_by", "join_url"] },
        insert: {
          except: [
            "cancelled_at",
            "created_at",
            "created_by",
            "places_taken",
            "revision",
            "status",
            "updated_at",
          ],
        },
        update: [
          "capacity",
          "description",
          "ends_at",
          "join_url",
          "location_address",
          "location_city",
          "location_name",
          "online",
          "starts_at",
          "title",
        ],
      },
    },
  },
  "public.evening_registrations": {
    label:
      "t.email || ' @ ' || (select e.title from public.information_evenings e where e.id = t.evening_id)",
    select: {
      anon: DENIED,
      draftHolder: DENIED,
      formerDraftHolder: DENIED,
      applicantA: [`${A} @ Informatieavond B`],
      recruiterA: [`${emails.eveningGuest} @ Informatieavond A`],
      recruiterB: [`${A} @ Informatieavond B`],
      adminA: [`${emails.eveningGuest} @ Informatieavond A`],
      service: ALL,
      others: [],
    },
    insert: { service: ALLOWED, others: DENIED },
    update: { service: ALL, others: DENIED },
    delete: { service: ALL, others: DENIED },
  },
};

/** The default text of every template, readable by everyone signed in. */
function defaultTemplates(): string[] {
  return [
    "introduction_invitation",
    "home_visit_invitation",
    "documents_request",
    "training_invitation",
    "decision_suitable",
    "decision_unsuitable",
    "general_message",
  ].map((key) => `default:${key}`);
}

/** Each route's stages in order: a move goes to the next stage, or back one to correct a mistake. */
function routeMoves(): string[] {
  const full = [
    "interest",
    "information_evening",
    "introduction",
    "application",
    "screening",
    "preparation",
    "family_assessment",
    "decision",
    "available",
  ];
  const routes = {
    foster: full,
    family_home: full,
    support: full.filter((stage) => stage !== "family_assessment"),
  };
  return Object.entries(routes).flatMap(([parentType, stages]) =>
    stages
      .slice(1)
      .flatMap((stage, index) => [
        `${parentType}:${stages[index]}→${stage}`,
        `${parentType}:${stage}→${stages[index]}`,
      ]),
  );
}

function applicantColumns(): string[] {
  return [
    "availability",
    "care_forms",
    "date_of_birth",
    "first_name",
    "heard_via",
    "heard_via_other",
    "house_number",
    "household_members",
    "last_name",
    "parent_types",
    "phone",
    "postcode",
    "steps_completed",
  ];
}

const nobody: FunctionExpectation = { execute: [] };
const staffAndApplicants: FunctionExpectation = { execute: ["authenticated"] };
const visitors: FunctionExpectation = { execute: ["anon", "authenticated"] };

/** Who may execute what. anon here means anyone: the anon key is public. */
const functions: Record<string, FunctionExpectation> = {
  // Meant for visitors; each checks its input and caller itself (schema-lint's functionsMeantForVisitors).
  "app.start_application": visitors,
  "app.submit_application": visitors,
  "app.register_for_evening": visitors,
  "app.evening_registration_by_token": visitors,
  "app.cancel_evening_registration": visitors,
  "app.waiting_list_place": visitors,
  // The professionals' guide: counts per organisation and form, groups under five withheld.
  "app.care_offer_per_organisation": visitors,
  // Signed-in applicants, about their own application only.
  "app.claim_my_application": staffAndApplicants,
  "app.withdraw_my_application": staffAndApplicants,
  "app.request_deletion_of_my_application": staffAndApplicants,
  "app.update_my_contact_details": staffAndApplicants,
  "app.keep_my_data_after_ending": staffAndApplicants,
  "app.reopen_my_application": staffAndApplicants,
  // Staff; each checks the caller's role in the object's organisation (see the scoped calls below).
  "app.accept_staff_invitation": staffAndApplicants,
  "app.resend_staff_invitation": staffAndApplicants,
  "app.grant_staff_role": staffAndApplicants,
  "app.revoke_staff_role": staffAndApplicants,
  "app.withdraw_staff_invitation": staffAndApplicants,
  "app.organisation_staff": staffAndApplicants,
  "app.cancel_evening_registration_as_staff": staffAndApplicants,
  "app.record_evening_attendance": staffAndApplicants,
  "app.cancel_information_evening": staffAndApplicants,
  "app.information_evening_join_url": staffAndApplicants,
  "app.log_staff_read": staffAndApplicants,
  "app.set_retention_settings": staffAndApplicants,
  "app.deletion_requests_for_me": staffAndApplicants,
  "app.handle_deletion_request": staffAndApplicants,
  "app.move_applicant": staffAndApplicants,
  "app.list_stage_history": staffAndApplicants,
  "app.record_screening_check": staffAndApplicants,
  "app.list_screening_checks": staffAndApplicants,
  "app.expiring_screening_checks": staffAndApplicants,
  "app.set_capacity_confirm_weeks": staffAndApplicants,
  "app.confirm_household_availability": staffAndApplicants,
  "app.update_household_availability": staffAndApplicants,
  "app.region_open_needs": staffAndApplicants,
  "app.region_free_places": staffAndApplicants,
  "app.region_need_waiting": staffAndApplicants,
  "app.region_placements_close_to_home": staffAndApplicants,
  "app.log_report_export": staffAndApplicants,
  // A signed-in household's own availability, found by its confirmed address.
  "app.my_households": staffAndApplicants,
  "app.assign_applicant": staffAndApplicants,
  "app.set_next_action": staffAndApplicants,
  "app.organisation_recruiters": staffAndApplicants,
  "app.approve_applicant": staffAndApplicants,
  "app.set_quiet_after_days": staffAndApplicants,
  "app.save_mail_template": staffAndApplicants,
  "app.record_applicant_mail": staffAndApplicants,
  "app.shortlist_household": staffAndApplicants,
  "app.propose_household": staffAndApplicants,
  "app.answer_placement_proposal": staffAndApplicants,
  "app.place_household": staffAndApplicants,
  "app.end_placement": staffAndApplicants,
  "app.placement_proposals_for_me": staffAndApplicants,
  "app.household_contact": staffAndApplicants,
  // Religion or culture: the function admits only recruiters of the household's organisation.
  "app.household_culture": staffAndApplicants,
  "app.set_household_culture": staffAndApplicants,
  "app.match_placement_need": staffAndApplicants,
  "app.placement_need_filter_counts": staffAndApplicants,
  "app.recruitment_funnel": staffAndApplicants,
  "app.recruitment_exits": staffAndApplicants,
  "app.recruitment_withheld_groups": staffAndApplicants,
  // Jobs: retention and the deletion-request mail.
  "app.apply_retention": { execute: ["service_role"] },
  "app.claim_unnotified_deletion_requests": { execute: ["service_role"] },
  "app.claim_due_availability_reminders": { execute: ["service_role"] },
  // Policy helpers: they answer questions about the caller only.
  "private.has_role": staffAndApplicants,
  "private.my_organisations": staffAndApplicants,
  "private.my_regions": staffAndApplicants,
  "private.funnel_organisations": staffAndApplicants,
  "private.earth_point": { execute: ["authenticated", "service_role"] },
  "private.capacity_confirm_weeks": { execute: ["authenticated", "service_role"] },
  "private.capacity_is_stale": { execute: ["authenticated", "service_role"] },
  "private.hash_token": { execute: ["service_role"] },
  // The writing functions count through it as their owner; the server's sign-in limits as the service.
  "private.within_rate_limit": { execute: ["service_role"] },
  // Called only from other functions and triggers, which run as their owner.
  "private.manages_organisation_evenings": nobody,
  "private.settle_evening": nobody,
  "private.after_evening_changed": nobody,
  "private.before_evening_changed": nobody,
  "private.link_evening_registrations": nobody,
  "private.stamp_row": nobody,
  "private.refuse_audit_log_change": nobody,
  "private.handles_deletion_request": nobody,
  "private.deletion_request_staff": nobody,
  "private.erase_applicant": nobody,
  "private.refuse_stage_history_change": nobody,
  "private.refuse_follow_up_event_change": nobody,
  "private.stamp_screening_check": nobody,
  "private.stamp_recruiter_campaign": nobody,
  "private.audit_recruiter_campaign": nobody,
  "private.stage_exit_blocker": nobody,
  "private.require_approval_for_available": nobody,
  "private.end_my_application": nobody,
  "private.bump_availability_version": nobody,
  "private.my_household_ids": nobody,
  "private.hold_household_for_availability": nobody,
  "private.log_availability": nobody,
  "private.require_placement_region": nobody,
  "private.follow_up_for_change": nobody,
  "private.next_household_label": nobody,
  "private.unknown_mail_placeholders": nobody,
  "private.places_needed": nobody,
  "private.audit_placement_step": nobody,
  "private.refuse_closed_need": nobody,
  "private.refuse_full_household": nobody,
  "private.lock_proposal": nobody,
  "private.audit_placement_need_change": nobody,
  "private.earth_box_around": nobody,
  "private.distance_km": nobody,
  "private.placement_candidates": nobody,
  "private.need_for_matching": nobody,
  "private.funnel_cohort": nobody,
  "private.funnel_withheld_groups": nobody,
  "private.recruitment_funnel_counts": nobody,
  "private.recruitment_exit_counts": nobody,
};

interface ScopedCall {
  what: string;
  caller: PersonaName;
  sql: string;
  /** Arguments naming the caller's own object (must work) and another organisation's or person's (must be refused). */
  own: (f: MatrixFixture) => unknown[];
  foreign: (f: MatrixFixture) => unknown[];
}

const scopedCalls: ScopedCall[] = [
  {
    what: "a recruiter reads an organisation's funnel",
    caller: "recruiterA",
    sql: "select * from app.recruitment_funnel($1, '2020-01-01', '2030-01-01', null, null)",
    own: (f) => [f.people.organisations.a],
    foreign: (f) => [f.people.organisations.b],
  },
  {
    what: "a recruiter reads an organisation's exits",
    caller: "recruiterA",
    sql: "select * from app.recruitment_exits($1, '2020-01-01', '2030-01-01', null, null)",
    own: (f) => [f.people.organisations.a],
    foreign: (f) => [f.people.organisations.b],
  },
  {
    what: "a recruiter reads how many small groups the funnel withholds",
    caller: "recruiterA",
    sql: "select app.recruitment_withheld_groups($1, '2020-01-01', '2030-01-01', null, null)",
    own: (f) => [f.people.organisations.a],
    foreign: (f) => [f.people.organisations.b],
  },
  {
    what: "a recruiter reads an evening's join link",
    caller: "recruiterA",
    sql: "select app.information_evening_join_url($1)",
    own: (f) => [f.evenings.a],
    foreign: (f) => [f.evenings.b],
  },
  {
    what: "a recruiter cancels someone's evening registration",
    caller: "recruiterA",
    sql: "select app.cancel_evening_registration_as_staff($1)",
    own: (f) => [f.registrations.guestAtA],
    foreign: (f) => [f.registrations.applicantAAtB],
  },
  {
    what: "an admin cancels an evening",
    caller: "adminA",
    sql: "select * from app.cancel_information_evening($1)",
    own: (f) => [f.evenings.a],
    foreign: (f) => [f.evenings.b],
  },
  {
    what: "an admin lists staff",
    caller: "adminA",
    sql: "select * from app.organisation_staff($1)",
    own: (f) => [f.people.organisations.a],
    foreign: (f) => [f.people.organisations.b],
  },
  {
    what: "an admin grants a role",
    caller: "adminA",
    sql: "select app.grant_staff_role($1, 'nieuw@voorbeeld.test', 'recruiter', 'matrix-invitation-token-000000000000000')",
    own: (f) => [f.people.organisations.a],
    foreign: (f) => [f.people.organisations.b],
  },
  {
    what: "an admin revokes a role",
    caller: "adminA",
    sql: "select app.revoke_staff_role($1)",
    own: (f) => [f.people.memberships.recruiterA],
    foreign: (f) => [f.people.memberships.recruiterB],
  },
  {
    what: "an admin changes retention periods",
    caller: "adminA",
    sql: "select app.set_retention_settings($1, 14, 180, 30, 30)",
    own: (f) => [f.people.organisations.a],
    foreign: (f) => [f.people.organisations.b],
  },
  {
    what: "a recruiter logs a read of applications",
    caller: "recruiterA",
    sql: "select app.log_staff_read($1, 'application', array[$2], 'matrix')",
    own: (f) => [f.people.organisations.a, f.applications.a],
    foreign: (f) => [f.people.organisations.b, f.applications.a],
  },
  {
    what: "an admin re-sends an invitation",
    caller: "adminA",
    sql: "select * from app.resend_staff_invitation($1, 'matrix-invitation-token-000000000000001')",
    own: (f) => [f.people.invitations.a],
    foreign: (f) => [f.people.invitations.b],
  },
  {
    what: "an admin withdraws an invitation",
    caller: "adminA",
    sql: "select app.withdraw_staff_invitation($1)",
    own: (f) => [f.people.invitations.a],
    foreign: (f) => [f.people.invitations.b],
  },
  {
    what: "a recruiter moves an applicant (another's draft is not theirs to move)",
    caller: "recruiterA",
    sql: "select app.move_applicant($1, 'screening', 0, null, null)",
    own: (f) => [f.applications.a],
    foreign: (f) => [f.applications.b],
  },
  {
    what: "a recruiter reads an applicant's moves with the notes",
    caller: "recruiterA",
    sql: "select * from app.list_stage_history($1)",
    own: (f) => [f.applications.a],
    foreign: (f) => [f.applications.b],
  },
  {
    what: "a recruiter records a screening check",
    caller: "recruiterA",
    sql: "select app.record_screening_check($1, null, 'reference', null, 'requested', null, null, null)",
    own: (f) => [f.applications.a],
    foreign: (f) => [f.applications.b],
  },
  {
    what: "a recruiter lists an applicant's screening checks",
    caller: "recruiterA",
    sql: "select * from app.list_screening_checks($1)",
    own: (f) => [f.applications.a],
    foreign: (f) => [f.applications.b],
  },
  {
    what: "a recruiter lists the checks that expire soon",
    caller: "recruiterA",
    sql: "select * from app.expiring_screening_checks($1)",
    own: (f) => [f.people.organisations.a],
    foreign: (f) => [f.people.organisations.b],
  },
  {
    what: "a recruiter assigns an applicant",
    caller: "recruiterA",
    sql: "select app.assign_applicant($1, null, 1)",
    own: (f) => [f.applications.a],
    foreign: (f) => [f.applications.b],
  },
  {
    what: "a recruiter sets an applicant's next action",
    caller: "recruiterA",
    sql: "select app.set_next_action($1, 'Bellen', current_date + 7, 1)",
    own: (f) => [f.applications.a],
    foreign: (f) => [f.applications.b],
  },
  {
    what: "a recruiter lists whom to assign",
    caller: "recruiterA",
    sql: "select * from app.organisation_recruiters($1)",
    own: (f) => [f.people.organisations.a],
    foreign: (f) => [f.people.organisations.b],
  },
  {
    what: "an admin changes after how many quiet days the board flags an applicant",
    caller: "adminA",
    sql: "select app.set_quiet_after_days($1, 21)",
    own: (f) => [f.people.organisations.a],
    foreign: (f) => [f.people.organisations.b],
  },
  {
    what: "a recruiter edits a mail template",
    caller: "recruiterA",
    sql: "select app.save_mail_template($1, 'general_message', 'Hallo', 'Beste {{voornaam}}')",
    own: (f) => [f.people.organisations.a],
    foreign: (f) => [f.people.organisations.b],
  },
  {
    what: "a recruiter records a mail sent to an applicant (another's draft is not theirs to mail)",
    caller: "recruiterA",
    sql: "select app.record_applicant_mail($1, 'general_message', 'Hallo', gen_random_uuid())",
    own: (f) => [f.applications.a],
    foreign: (f) => [f.applications.b],
  },
  {
    what: "a placement worker shortlists a household for a need",
    caller: "placementWorkerA",
    sql: "select app.shortlist_household($1, $2)",
    own: (f) => [f.people.placementNeeds.a, f.people.households.a2],
    foreign: (f) => [f.people.placementNeeds.b, f.people.households.a2],
  },
  {
    what: "a recruiter answers a proposal for a household of their organisation",
    caller: "recruiterB",
    sql: "select * from app.answer_placement_proposal($1, 1, false, 'timing', null)",
    own: (f) => [f.proposals.aToB],
    foreign: (f) => [f.proposals.bToA],
  },
  {
    what: "a recruiter ends a placement in a household of their organisation",
    caller: "recruiterA",
    sql: "select app.end_placement($1, 'completed', null)",
    own: (f) => [f.placements.bInA],
    foreign: (f) => [f.proposals.aToB],
  },
  {
    what: "a placement worker reads a household's contact (before any acceptance: their own organisation's only)",
    caller: "placementWorkerA",
    sql: "select * from app.household_contact($1)",
    own: (f) => [f.people.households.a1],
    foreign: (f) => [f.people.households.b1],
  },
  {
    what: "a recruiter reads a household's religion or culture",
    caller: "recruiterA",
    sql: "select app.household_culture($1)",
    own: (f) => [f.people.households.a1],
    foreign: (f) => [f.people.households.b1],
  },
  {
    what: "a recruiter records a household's religion or culture",
    caller: "recruiterA",
    sql: "select app.set_household_culture($1, 'Islamitisch')",
    own: (f) => [f.people.households.a1],
    foreign: (f) => [f.people.households.b1],
  },
  {
    what: "a placement worker matches a need against the region's capacity",
    caller: "placementWorkerA",
    sql: "select * from app.match_placement_need($1)",
    own: (f) => [f.people.placementNeeds.a],
    foreign: (f) => [f.people.placementNeeds.b],
  },
  {
    what: "a placement worker asks which filters removed the region's households",
    caller: "placementWorkerA",
    sql: "select * from app.placement_need_filter_counts($1)",
    own: (f) => [f.people.placementNeeds.a],
    foreign: (f) => [f.people.placementNeeds.b],
  },
  {
    what: "an admin sets how often capacity is confirmed",
    caller: "adminA",
    sql: "select app.set_capacity_confirm_weeks($1, 4)",
    own: (f) => [f.people.organisations.a],
    foreign: (f) => [f.people.organisations.b],
  },
  {
    what: "a recruiter confirms a household's availability",
    caller: "recruiterA",
    sql: "select app.confirm_household_availability($1, (select h.availability_version from public.households h where h.id = $1))",
    own: (f) => [f.people.households.a1],
    foreign: (f) => [f.people.households.b1],
  },
  {
    what: "a recruiter changes a household's availability",
    caller: "recruiterA",
    sql: `select app.update_household_availability(
            $1, (select h.availability_version from public.households h where h.id = $1), 0, null, null, 'paused')`,
    own: (f) => [f.people.households.a1],
    foreign: (f) => [f.people.households.b1],
  },
  {
    what: "a placement worker reads the region's open needs",
    caller: "placementWorkerA",
    sql: "select * from app.region_open_needs($1)",
    own: (f) => [f.people.regions.utrecht],
    foreign: (f) => [f.people.regions.gelderland],
  },
  {
    what: "a placement worker reads how long the region's needs wait",
    caller: "placementWorkerA",
    sql: "select * from app.region_need_waiting($1, now())",
    own: (f) => [f.people.regions.utrecht],
    foreign: (f) => [f.people.regions.gelderland],
  },
  {
    what: "a placement worker reads how close to home the region placed",
    caller: "placementWorkerA",
    sql: "select * from app.region_placements_close_to_home($1, now() - interval '1 year')",
    own: (f) => [f.people.regions.utrecht],
    foreign: (f) => [f.people.regions.gelderland],
  },
  {
    what: "a placement worker reads the region's free places",
    caller: "placementWorkerA",
    sql: "select * from app.region_free_places($1)",
    own: (f) => [f.people.regions.utrecht],
    foreign: (f) => [f.people.regions.gelderland],
  },
  {
    what: "an admin reads the region's free places",
    caller: "adminA",
    sql: "select * from app.region_free_places($1)",
    own: (f) => [f.people.regions.utrecht],
    foreign: (f) => [f.people.regions.gelderland],
  },
  {
    what: "an admin reads how long the region's needs wait",
    caller: "adminA",
    sql: "select * from app.region_need_waiting($1, now())",
    own: (f) => [f.people.regions.utrecht],
    foreign: (f) => [f.people.regions.gelderland],
  },
  {
    what: "a placement worker records a report download",
    caller: "placementWorkerA",
    sql: "select app.log_report_export($1, 'placement.supply_and_demand', 3)",
    own: (f) => [f.people.organisations.a],
    foreign: (f) => [f.people.organisations.b],
  },
  {
    what: "a signed-in applicant sends an application",
    caller: "applicantB",
    sql: "select app.submit_application($1, 'privacy-test')",
    own: (f) => [f.applications.b],
    foreign: (f) => [f.applications.a],
  },
  {
    what: "a visitor sends the draft their browser holds",
    caller: "draftHolder",
    sql: "select app.submit_application($1, 'privacy-test')",
    own: (f) => [f.applications.draft],
    foreign: (f) => [f.applications.b],
  },
];

const show = (cell: unknown) => (Array.isArray(cell) ? `[${cell.join(", ")}]` : String(cell));
const same = (a: unknown, b: unknown) =>
  JSON.stringify(Array.isArray(a) ? [...a].sort() : a) ===
  JSON.stringify(Array.isArray(b) ? [...b].sort() : b);

describe.each(testEngines)("the persona matrix on $name", (engine) => {
  let db: Database;
  let dispose: () => Promise<void>;
  let fixture: MatrixFixture;
  let relations: Relation[];

  beforeAll(async () => {
    ({ db, dispose } = await engine.open());
    fixture = await createMatrixFixture(db);
    relations = await listRelations(db);
  });
  afterAll(() => dispose());

  /** Objects nobody decided on, and decisions about objects that are gone. */
  async function undecided(): Promise<string[]> {
    const functionNames = (await listFunctions(db)).map((found) => found.name);
    const relationNames = (await listRelations(db)).map((relation) => relation.name);
    return [
      ...relationNames
        .filter((name) => !tables[name])
        .map((name) => `no expectation for ${name} — decide who may read and write it`),
      ...functionNames
        .filter((name) => !functions[name])
        .map((name) => `no expectation for ${name} — decide who may execute it`),
      ...Object.keys(tables)
        .filter((name) => !relationNames.includes(name))
        .map((name) => `an expectation for ${name}, which does not exist`),
      ...Object.keys(functions)
        .filter((name) => !functionNames.includes(name))
        .map((name) => `an expectation for ${name}, which does not exist`),
    ];
  }

  it("every table, view and function in our schemas has an expectation, and every expectation an object", async () => {
    expect(await undecided()).toEqual([]);
  });

  it("a table or function added without an expectation is reported by name (probe)", async () => {
    await db.exec(`
      create table private.probe_table (id int primary key);
      create function app.probe_function() returns int language sql set search_path = '' as 'select 1';`);
    try {
      expect(await undecided()).toEqual([
        "no expectation for private.probe_table — decide who may read and write it",
        "no expectation for app.probe_function — decide who may execute it",
      ]);
    } finally {
      await db.exec("drop function app.probe_function(); drop table private.probe_table;");
    }
  });

  it("each persona reads, inserts, updates and deletes exactly the rows the matrix allows", async () => {
    const mismatches: string[] = [];
    for (const relation of relations) {
      const expectation = tables[relation.name];
      if (!expectation) continue;
      const measured = await measureTable(db, fixture, relation, expectation);
      for (const action of ["select", "insert", "update", "delete"] as const) {
        const expected = perPersona<unknown>(expectation[action], relation.name, action);
        for (const persona of personaNames) {
          if (!same(measured[action][persona], expected[persona])) {
            mismatches.push(
              `${relation.name} ${action} as ${persona}: expected ${show(expected[persona])}, got ${show(measured[action][persona])}`,
            );
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it("anon and authenticated hold exactly the listed column grants", async () => {
    const mismatches: string[] = [];
    for (const relation of relations) {
      const expectation = tables[relation.name];
      if (!expectation) continue;
      for (const role of ["anon", "authenticated"] as const) {
        for (const privilege of ["select", "insert", "update"] as const) {
          const expected =
            expectation.columns?.[role]?.[privilege] ?? impliedColumns(expectation, role, privilege);
          const actual = inTermsOf(expected, await columnGrants(db, relation.name, role, privilege));
          if (!same(actual, expected)) {
            mismatches.push(
              `${relation.name} ${privilege} for ${role}: expected ${show(expected)}, got ${show(actual)}`,
            );
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it("nobody but the service may truncate, reference or put triggers on our tables", async () => {
    const granted: string[] = [];
    for (const relation of relations) {
      for (const role of ["anon", "authenticated"] as const) {
        for (const privilege of ["TRUNCATE", "REFERENCES", "TRIGGER"]) {
          if (await hasTablePrivilege(db, relation.name, role, privilege)) {
            granted.push(`${role} may ${privilege.toLowerCase()} ${relation.name}`);
          }
        }
      }
    }
    expect(granted).toEqual([]);
  });

  it("exactly the listed roles may execute each function", async () => {
    const mismatches = (await listFunctions(db))
      .filter((found) => functions[found.name] && !same(found.execute, functions[found.name].execute))
      .map(
        (found) =>
          `${found.name}: expected ${show(functions[found.name].execute)}, got ${show(found.execute)}`,
      );
    expect(mismatches).toEqual([]);
  });

  it("staff functions refuse another organisation's objects, and applicants' functions another person's application", async () => {
    const outcomes: string[] = [];
    for (const call of scopedCalls) {
      const own = await attemptAs(db, fixture, call.caller, (tx) => tx.query(call.sql, call.own(fixture)));
      const foreign = await attemptAs(db, fixture, call.caller, (tx) =>
        tx.query(call.sql, call.foreign(fixture)),
      );
      outcomes.push(
        `${call.what} (${call.caller}): own ${"value" in own ? "works" : `fails ${own.error.code}`}, ` +
          `foreign ${"error" in foreign ? `refused ${foreign.error.code}` : "works"}`,
      );
    }
    expect(outcomes).toEqual(
      scopedCalls.map((call) => `${call.what} (${call.caller}): own works, foreign refused 42501`),
    );
  });
});

/** A role that may read (or write) rows of a table at all holds the grant on every column unless listed. */
function impliedColumns(
  expectation: TableExpectation,
  role: DatabaseRole,
  privilege: ColumnPrivilege,
): ColumnsCell {
  const cells = perPersona<unknown>(expectation[privilege], "", privilege);
  const used = personaNames.some((persona) => databaseRoleOf[persona] === role && cells[persona] !== DENIED);
  return used ? "all" : "none";
}
