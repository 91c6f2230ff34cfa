import type { ApplicantStage } from "../../domain/applications/stages";
import type { SqlExecutor } from "../sql/engine";
import { seededRandom, stableUuid } from "./random";

/**
 * A modest set of clearly fictional, sent applications (addresses @voorbeeld.test, surnames of the
 * "Voorbeeld" kind), spread over the stages, so a new recruiter sees a living pipeline at /werving.
 */
export interface DemoApplication {
  id: string;
  organisation_slug: string;
  email: string;
  first_name: string;
  last_name: string;
  stage: ApplicantStage;
  status: "submitted" | "parked" | "withdrawn" | "rejected";
  exit_reason_code: string | null;
  parent_types: string[];
  municipality: string;
  source: string;
  submitted_at: string;
  /** The last move, if any: shown on the board as the last activity. */
  moved_at: string | null;
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
];
const sources = ["Website", "Facebook", "Informatieavond", "Huis-aan-huisblad", "Via via"];
const municipalities = ["Utrecht", "Nieuwegein", "Zeist", "Amersfoort", "Houten"];
const stages: readonly (readonly [ApplicantStage, number])[] = [
  ["application", 6],
  ["introduction", 3],
  ["screening", 5],
  ["preparation", 4],
  ["family_assessment", 3],
  ["decision", 2],
  ["available", 2],
];

const day = 24 * 60 * 60 * 1000;

export function demoApplications(today: Date): DemoApplication[] {
  const random = seededRandom("demo-applications");
  const organisations = [
    ["pleegzorg-utrecht-stad", 30],
    ["gezinshuizen-de-heuvelrug", 8],
    ["steunouders-eemland", 6],
  ] as const;
  return organisations.flatMap(([slug, count]) =>
    Array.from({ length: count }, (_, index): DemoApplication => {
      const stage = random.weighted(stages);
      const status = random.weighted([
        ["submitted", 16],
        ["parked", 1],
        ["withdrawn", 1],
        ["rejected", 1],
      ] as const);
      const exit_reason_code = {
        submitted: null,
        parked: "waiting_for_training",
        withdrawn: "no_response",
        rejected: "vgb_objection",
      }[status];
      const daysAgo = random.int(3, 120);
      const moved = stage !== "application" && random.chance(0.8);
      const first_name = random.pick(firstNames);
      const last_name = random.pick(lastNames);
      return {
        id: stableUuid(`application/${slug}/${index}`),
        organisation_slug: slug,
        email: `aanmelder.${slug}.${index + 1}@voorbeeld.test`,
        first_name,
        last_name,
        stage,
        status,
        exit_reason_code,
        parent_types:
          slug === "steunouders-eemland"
            ? ["support"]
            : slug === "gezinshuizen-de-heuvelrug"
              ? ["family_home"]
              : random.chance(0.2)
                ? ["foster", "support"]
                : ["foster"],
        municipality: random.pick(municipalities),
        source: random.pick(sources),
        submitted_at: new Date(today.getTime() - daysAgo * day).toISOString(),
        moved_at: moved ? new Date(today.getTime() - random.int(0, daysAgo - 1) * day).toISOString() : null,
      };
    }),
  );
}

/** Inserts the applications that are not there yet, and a stage move for those of them that moved. */
export async function seedDemoApplications(tx: SqlExecutor, today: Date): Promise<void> {
  await tx.query(
    `with inserted as (
       insert into public.applications (
         id, email, organisation_id, region_id, stage, status, exit_reason_code, exited_at, withdrawn_at,
         first_name, last_name, parent_types, municipality, geocode_status, source, steps_completed,
         submitted_at, created_at, updated_at)
       select d.id, d.email, o.id, o.region_id, d.stage, d.status::public.application_status, d.exit_reason_code,
         case when d.exit_reason_code is null then null else coalesce(d.moved_at, d.submitted_at) end,
         case when d.status in ('withdrawn', 'rejected') then coalesce(d.moved_at, d.submitted_at) end,
         d.first_name, d.last_name, d.parent_types, d.municipality, 'not_found', d.source, '{}',
         d.submitted_at, d.submitted_at, coalesce(d.moved_at, d.submitted_at)
       from jsonb_to_recordset($1::text::jsonb) as d(
         id uuid, organisation_slug text, email text, first_name text, last_name text,
         stage public.applicant_stage, status text, exit_reason_code text, parent_types public.parent_type[],
         municipality text, source text, submitted_at timestamptz, moved_at timestamptz)
       join public.organisations o on o.slug = d.organisation_slug
       on conflict do nothing
       returning id, stage, status
     )
     insert into public.application_stage_history (application_id, from_stage, to_stage, to_status, reason_code, at)
     select i.id, 'application', i.stage, i.status, d.exit_reason_code, d.moved_at
     from inserted i
     join jsonb_to_recordset($1::text::jsonb) as d(id uuid, exit_reason_code text, moved_at timestamptz) on d.id = i.id
     where d.moved_at is not null and i.stage <> 'application'`,
    [JSON.stringify(demoApplications(today))],
  );
}
