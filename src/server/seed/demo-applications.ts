import type { ApplicantStage } from "../../domain/applications/stages";
import type { SqlExecutor } from "../sql/engine";
import { type Random, seededRandom, stableUuid } from "./random";

/**
 * A year of clearly fictional sent applications (addresses @voorbeeld.test, surnames of the
 * "Voorbeeld" kind, phone numbers 06 12345xxx), each with its stage history: how long a stay took,
 * who moved on, who stopped and why. Enough for a living pipeline at /werving and a funnel with
 * real-looking numbers at /werving/stuurinformatie.
 */
export interface DemoApplication {
  id: string;
  organisation_slug: string;
  email: string;
  first_name: string;
  last_name: string;
  phone: string;
  date_of_birth: string;
  stage: ApplicantStage;
  status: "submitted" | "parked" | "withdrawn" | "rejected";
  exit_reason_code: string | null;
  parent_types: string[];
  municipality: string;
  source: string;
  submitted_at: string;
  moves: DemoMove[];
}

export interface DemoMove {
  from_stage: ApplicantStage;
  to_stage: ApplicantStage;
  to_status: DemoApplication["status"];
  reason_code: string | null;
  at: string;
}

const firstNames = [
  "Sanne",
  "Mehmet",
  "Ilse",
  "Youssef",
  "Femke",
  "Joris",
  "Noor",
  "Ruben",
  "Aylin",
  "Wouter",
  "Priya",
  "Bram",
  "Esra",
  "Thijs",
  "Lotte",
  "Kofi",
];
const lastNames = [
  "Voorbeeld",
  "Proefstra",
  "Demotte",
  "Fictief",
  "van Oefenen",
  "Testhuis",
  "de Schets",
  "Verzonnen",
  "Bedachtsma",
  "van Probeer",
];
const sources = [
  "Website",
  "Facebook",
  "Informatieavond",
  "Huis-aan-huisblad",
  "Via via",
  "Campagne Thuis voor een kind",
];
const municipalities = ["Utrecht", "Nieuwegein", "Zeist", "Amersfoort", "Houten"];

/** Per stage: the chance to reach the next one, how long a stay takes, and why people leave there. */
const stageCourse: Partial<
  Record<ApplicantStage, { onward: number; days: [number, number]; exits: string[] }>
> = {
  application: { onward: 0.78, days: [4, 21], exits: ["no_response", "not_for_me", "below_minimum_age"] },
  screening: {
    onward: 0.82,
    days: [18, 60],
    exits: ["vgb_objection", "circumstances_changed", "no_response"],
  },
  preparation: {
    onward: 0.8,
    days: [30, 90],
    exits: ["training_dropped_out", "not_for_me", "other_organisation"],
  },
  family_assessment: {
    onward: 0.85,
    days: [25, 70],
    exits: ["circumstances_changed", "assessed_unsuitable"],
  },
  decision: { onward: 0.88, days: [7, 28], exits: ["assessed_unsuitable"] },
};
const parkReasons = ["waiting_for_training", "life_event", "applicant_asked_pause"];
const rejections = new Set(["vgb_objection", "below_minimum_age", "assessed_unsuitable"]);

const day = 24 * 60 * 60 * 1000;
const organisations = [
  ["pleegzorg-utrecht-stad", 180],
  ["gezinshuizen-de-heuvelrug", 60],
  ["steunouders-eemland", 60],
] as const;

function parentTypesFor(slug: string, random: Random): string[] {
  if (slug === "steunouders-eemland") return ["support"];
  if (slug === "gezinshuizen-de-heuvelrug") return random.chance(0.85) ? ["family_home"] : ["foster"];
  return random.chance(0.2) ? ["foster", "support"] : ["foster"];
}

interface Walked {
  stage: ApplicantStage;
  status: DemoApplication["status"];
  reason: string | null;
  moves: DemoMove[];
}

/** Walks one application along its route from the day it was sent until today. */
function course(random: Random, parentTypes: string[], sentAt: number, today: number): Walked {
  const route: ApplicantStage[] = ["application", "screening", "preparation"];
  if (!parentTypes.every((type) => type === "support")) route.push("family_assessment");
  route.push("decision", "available");
  const moves: DemoMove[] = [];
  let at = sentAt;
  for (const [index, stage] of route.entries()) {
    const step = stageCourse[stage];
    if (!step) return { stage, status: "submitted", reason: null, moves };
    const leaves = at + random.int(...step.days) * day + random.int(0, 8 * 60) * 60_000;
    if (leaves > today) return { stage, status: "submitted", reason: null, moves };
    if (random.chance(step.onward)) {
      const next = route[index + 1];
      moves.push({
        from_stage: stage,
        to_stage: next,
        to_status: "submitted",
        reason_code: null,
        at: new Date(leaves).toISOString(),
      });
      at = leaves;
      continue;
    }
    const parked = random.chance(0.15);
    const reason = parked ? random.pick(parkReasons) : random.pick(step.exits);
    const status: Walked["status"] = parked ? "parked" : rejections.has(reason) ? "rejected" : "withdrawn";
    moves.push({
      from_stage: stage,
      to_stage: stage,
      to_status: status,
      reason_code: reason,
      at: new Date(leaves).toISOString(),
    });
    return { stage, status, reason, moves };
  }
  return { stage: "available", status: "submitted", reason: null, moves };
}

export function demoApplications(today: Date): DemoApplication[] {
  const random = seededRandom("demo-applications");
  const now = today.getTime();
  return organisations.flatMap(([slug, count]) =>
    Array.from({ length: count }, (_, index): DemoApplication => {
      const parent_types = parentTypesFor(slug, random);
      const sentAt = now - random.int(1, 365) * day - random.int(0, 10 * 60) * 60_000;
      const walked = course(random, parent_types, sentAt, now);
      const birthYear = random.int(1962, 2000);
      return {
        id: stableUuid(`application/${slug}/${index}`),
        organisation_slug: slug,
        email: `aanmelder.${slug}.${index + 1}@voorbeeld.test`,
        first_name: random.pick(firstNames),
        last_name: random.pick(lastNames),
        phone: `06 12345${String(random.int(0, 999)).padStart(3, "0")}`,
        date_of_birth: `${birthYear}-${String(random.int(1, 12)).padStart(2, "0")}-${String(random.int(1, 28)).padStart(2, "0")}`,
        stage: walked.stage,
        status: walked.status,
        exit_reason_code: walked.reason,
        parent_types,
        municipality: random.pick(municipalities),
        source: random.pick(sources),
        submitted_at: new Date(sentAt).toISOString(),
        moves: walked.moves,
      };
    }),
  );
}

/**
 * Inserts the applications that are not there yet with their histories, in two statements. Ended
 * ones consented to keep their data for a year, so the retention job leaves the demo's funnel whole.
 */
export async function seedDemoApplications(tx: SqlExecutor, today: Date): Promise<void> {
  const applications = demoApplications(today);
  const history = applications.flatMap((application) => [
    {
      application_id: application.id,
      from_stage: "interest",
      to_stage: "application",
      to_status: "submitted",
      reason_code: null,
      at: application.submitted_at,
    },
    ...application.moves.map((move) => ({ application_id: application.id, ...move })),
  ]);
  await tx.query(
    `with inserted as (
       insert into public.applications (
         id, email, organisation_id, region_id, stage, status, exit_reason_code, exited_at, withdrawn_at,
         keep_data_consented_at, first_name, last_name, phone, date_of_birth, parent_types, municipality,
         geocode_status, source, steps_completed, submitted_at, created_at, updated_at)
       select d.id, d.email, o.id, o.region_id, d.stage, d.status::public.application_status, d.exit_reason_code,
         case when d.exit_reason_code is not null then d.last_at end,
         case when d.status in ('withdrawn', 'rejected') then d.last_at end,
         case when d.status in ('withdrawn', 'rejected') then d.last_at end,
         d.first_name, d.last_name, d.phone, d.date_of_birth, d.parent_types, d.municipality, 'not_found',
         d.source, '{}', d.submitted_at, d.submitted_at, d.last_at
       from jsonb_to_recordset($1::text::jsonb) as d(
         id uuid, organisation_slug text, email text, first_name text, last_name text, phone text,
         date_of_birth date, stage public.applicant_stage, status text, exit_reason_code text,
         parent_types public.parent_type[], municipality text, source text, submitted_at timestamptz,
         last_at timestamptz)
       join public.organisations o on o.slug = d.organisation_slug
       on conflict do nothing
       returning id
     )
     insert into public.application_stage_history (application_id, from_stage, to_stage, to_status, reason_code, at)
     select h.application_id, h.from_stage, h.to_stage, h.to_status::public.application_status, h.reason_code, h.at
     from jsonb_to_recordset($2::text::jsonb) as h(
       application_id uuid, from_stage public.applicant_stage, to_stage public.applicant_stage, to_status text,
       reason_code text, at timestamptz)
     where h.application_id in (select i.id from inserted i)
     order by h.at`,
    [
      JSON.stringify(
        applications.map(({ moves, ...application }) => ({
          ...application,
          last_at: moves.at(-1)?.at ?? application.submitted_at,
        })),
      ),
      JSON.stringify(history),
    ],
  );
}
