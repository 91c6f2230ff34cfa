import type { ParentType } from "../../domain/applications/options";
import { type PipelineFilters, pipelinePageSize } from "../../domain/applications/pipeline-filters";
import { type ApplicantStage, applicantStages } from "../../domain/applications/stages";
import { logStaffReads } from "../privacy/log-staff-read";
import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";

export interface PipelineItem {
  id: string;
  /** The first eight characters of the id: what a recruiter quotes on the phone. */
  reference: string;
  name: string;
  email: string;
  municipality: string | null;
  parentTypes: ParentType[];
  stage: ApplicantStage;
  status: "submitted" | "parked" | "withdrawn" | "rejected";
  source: string | null;
  submittedAt: Date;
  lastActivityAt: Date;
  daysQuiet: number;
}

export interface Pipeline {
  /** The board's cards (at most `boardCardsPerStage` per stage) or the table's page. */
  items: PipelineItem[];
  /** Matches per stage under every filter except the stage itself. */
  countsByStage: Record<ApplicantStage, number>;
  /** Matches under every filter, for paging. */
  total: number;
  pageCount: number;
}

export const boardCardsPerStage = 50;

const statusOf = {
  open: "submitted",
  parked: "parked",
  withdrawn: "withdrawn",
  rejected: "rejected",
} as const;

const orderBy = {
  activiteit: "last_activity_at",
  naam: "lower(last_name) %s nulls last, lower(first_name)",
  fase: "stage",
  aangemeld: "submitted_at",
} as const;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (character) => `\\${character}`);

/**
 * The pipeline of the recruiter's (or admin's) organisations: submitted applications only, as RLS
 * allows. One query for the shown rows, one for the counts per stage; the read is logged per shown
 * application, as names and addresses are personal data.
 */
export async function listPipeline(
  db: Database,
  claims: Claims,
  filters: PipelineFilters,
  /** `export`: every matching row in the table's order (for a CSV download), logged as an export. */
  use: "view" | "export" = "view",
): Promise<Pipeline> {
  const params: unknown[] = [statusOf[filters.status]];
  const conditions = ["a.status = $1::public.application_status"];
  const add = (condition: (placeholder: string) => string, value: unknown) => {
    params.push(value);
    conditions.push(condition(`$${params.length}`));
  };
  if (filters.ouder) add((p) => `${p}::public.parent_type = any(a.parent_types)`, filters.ouder);
  if (filters.bron)
    add(
      (p) => `(a.source ilike '%' || ${p} || '%' or a.utm ->> 'campaign' ilike '%' || ${p} || '%')`,
      escapeLike(filters.bron),
    );
  if (filters.stil) add((p) => `a.last_activity_at < now() - make_interval(days => ${p}::int)`, filters.stil);
  if (filters.zoek) {
    const term = filters.zoek.replace(/\s+/g, " ");
    add(
      (p) =>
        `(concat_ws(' ', a.first_name, a.last_name) ilike '%' || ${p} || '%' or a.email ilike '%' || ${p} || '%'
          or a.id::text like lower(${p}) || '%')`,
      escapeLike(term),
    );
  }
  const withoutStage = conditions.join(" and ");
  const stageParams = [...params];
  if (filters.fase) add((p) => `a.stage = ${p}::public.applicant_stage`, filters.fase);
  const where = conditions.join(" and ");

  // The newest move (the history's newest row) or else the submission: what "activity" means here.
  const scoped = `
    with a as (
      select a.*, greatest(a.submitted_at, h.last_move_at) as last_activity_at
      from public.applications a
      left join lateral (
        select max(h.at) as last_move_at from public.application_stage_history h where h.application_id = a.id
      ) h on true
      where a.submitted_at is not null
        and (a.organisation_id in (select private.my_organisations('recruiter'))
             or a.organisation_id in (select private.my_organisations('admin')))
    )`;
  const direction = filters.richting === "op" ? "asc" : "desc";
  const order = `${orderBy[filters.sorteer].replace("%s", direction)} ${direction}, a.id`;

  const { rows, counts } = await withUser(db, claims, async (tx) => {
    const shownParams = [...params];
    const board = use === "view" && filters.weergave === "bord";
    const limit =
      use === "export"
        ? ""
        : board
          ? `where position <= ${boardCardsPerStage}`
          : `where position > ${(filters.pagina - 1) * pipelinePageSize} and position <= ${filters.pagina * pipelinePageSize}`;
    const partition = board ? "partition by a.stage" : "";
    const rows = await tx.query<{
      id: string;
      organisation_id: string;
      first_name: string | null;
      last_name: string | null;
      email: string;
      municipality: string | null;
      parent_types: ParentType[];
      stage: ApplicantStage;
      status: PipelineItem["status"];
      source: string | null;
      submitted_at: Date;
      last_activity_at: Date;
      days_quiet: number;
    }>(
      `${scoped}
       select * from (
         select a.id, a.organisation_id, a.first_name, a.last_name, a.email, a.municipality, a.parent_types::text[] as parent_types,
                a.stage, a.status::text as status, coalesce(a.utm ->> 'campaign', a.source) as source, a.submitted_at,
                a.last_activity_at, floor(extract(epoch from now() - a.last_activity_at) / 86400)::int as days_quiet,
                row_number() over (${partition} order by ${order}) as position
         from a where ${where}
       ) shown ${limit} order by position`,
      shownParams,
    );
    const counts = await tx.query<{ stage: ApplicantStage; count: number }>(
      `${scoped} select a.stage, count(*)::int as count from a where ${withoutStage} group by a.stage`,
      stageParams,
    );
    await logStaffReads(
      tx,
      [...Map.groupBy(rows, (row) => row.organisation_id)].map(([organisationId, shown]) => ({
        organisationId,
        subjectType: "application",
        subjectIds: shown.map((row) => row.id),
        purpose: use === "export" ? "application.export" : "application.list",
      })),
    );
    return { rows, counts };
  });

  const countsByStage = Object.fromEntries(applicantStages.map((stage) => [stage, 0])) as Record<
    ApplicantStage,
    number
  >;
  for (const row of counts) countsByStage[row.stage] = row.count;
  const total = filters.fase
    ? countsByStage[filters.fase]
    : Object.values(countsByStage).reduce((sum, count) => sum + count, 0);
  return {
    items: rows.map((row) => ({
      id: row.id,
      reference: row.id.slice(0, 8).toUpperCase(),
      name: [row.first_name, row.last_name].filter(Boolean).join(" ") || "(nog geen naam)",
      email: row.email,
      municipality: row.municipality,
      parentTypes: row.parent_types,
      stage: row.stage,
      status: row.status,
      source: row.source,
      submittedAt: new Date(row.submitted_at),
      lastActivityAt: new Date(row.last_activity_at),
      daysQuiet: row.days_quiet,
    })),
    countsByStage,
    total,
    pageCount: Math.max(1, Math.ceil(total / pipelinePageSize)),
  };
}
