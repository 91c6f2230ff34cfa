import { isOverdue } from "../../domain/applications/follow-up";
import type { ParentType } from "../../domain/applications/options";
import {
  defaultQuietAfterDays,
  type PipelineFilters,
  pipelinePageSize,
} from "../../domain/applications/pipeline-filters";
import { type ApplicantStage, applicantStages } from "../../domain/applications/stages";
import { amsterdamDate } from "../../domain/evenings/amsterdam-time";
import type { Recruiter } from "../follow-ups/list-organisation-recruiters";
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
  /** What a move names as the version it saw (app.move_applicant refuses a stale one). */
  version: number;
  source: string | null;
  submittedAt: Date;
  lastActivityAt: Date;
  daysQuiet: number;
  assignedRecruiterId: string | null;
  nextAction: string | null;
  /** yyyy-mm-dd */
  nextActionDue: string | null;
  nextActionOverdue: boolean;
  /** Quiet for longer than its organisation allows (recruitment_settings, set at /beheer). */
  quiet: boolean;
}

export interface Pipeline {
  /** The board's cards (at most `boardCardsPerStage` per stage) or the table's page. */
  items: PipelineItem[];
  /** Matches per stage under every filter except the stage itself. */
  countsByStage: Record<ApplicantStage, number>;
  /** Matches under every filter, for paging. */
  total: number;
  pageCount: number;
  /** The recruiters of the caller's organisations, for the assigned-recruiter filter and the cards. */
  recruiters: Recruiter[];
  /** The quiet-days limits of the organisations shown, lowest first (one, unless someone works for several). */
  quietAfterDays: number[];
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
      (p) => `(a.source ilike '%' || ${p} || '%' or a.utm ->> 'utm_campaign' ilike '%' || ${p} || '%')`,
      escapeLike(filters.bron),
    );
  if (filters.stil) add((p) => `a.last_activity_at < now() - make_interval(days => ${p}::int)`, filters.stil);
  if (filters.werver === "niemand") conditions.push("a.assigned_recruiter_id is null");
  else if (filters.werver)
    add(
      (p) => `a.assigned_recruiter_id = ${p}::uuid`,
      filters.werver === "mij" ? claims.sub : filters.werver,
    );
  if (filters.actie === "geen") conditions.push("a.next_action is null");
  if (filters.actie === "gepland") conditions.push("a.next_action is not null");
  if (filters.actie === "te-laat")
    conditions.push("a.next_action_due < (now() at time zone 'Europe/Amsterdam')::date");
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
      select a.*, greatest(a.submitted_at, h.last_move_at) as last_activity_at,
             f.assigned_recruiter_id, f.next_action, f.next_action_due,
             coalesce(s.quiet_after_days, ${defaultQuietAfterDays}) as quiet_after_days
      from public.applications a
      left join public.application_follow_ups f on f.application_id = a.id
      left join public.recruitment_settings s on s.organisation_id = a.organisation_id
      left join lateral (
        select max(h.at) as last_move_at from public.application_stage_history h where h.application_id = a.id
      ) h on true
      where a.submitted_at is not null
        and (a.organisation_id in (select private.my_organisations('recruiter'))
             or a.organisation_id in (select private.my_organisations('admin')))
    )`;
  const direction = filters.richting === "op" ? "asc" : "desc";
  const order = `${orderBy[filters.sorteer].replace("%s", direction)} ${direction}, a.id`;

  const { rows, counts, recruiters, limits } = await withUser(db, claims, async (tx) => {
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
      version: number;
      source: string | null;
      submitted_at: Date;
      last_activity_at: Date;
      days_quiet: number;
      assigned_recruiter_id: string | null;
      next_action: string | null;
      next_action_due: string | null;
      quiet_after_days: number;
    }>(
      `${scoped}
       select * from (
         select a.id, a.organisation_id, a.first_name, a.last_name, a.email, a.municipality, a.parent_types::text[] as parent_types,
                a.stage, a.status::text as status, a.version, coalesce(a.utm ->> 'utm_campaign', a.source) as source, a.submitted_at,
                a.last_activity_at, floor(extract(epoch from now() - a.last_activity_at) / 86400)::int as days_quiet,
                a.assigned_recruiter_id, a.next_action, a.next_action_due::text as next_action_due,
                a.quiet_after_days,
                row_number() over (${partition} order by ${order}) as position
         from a where ${where}
       ) shown ${limit} order by position`,
      shownParams,
    );
    const counts = await tx.query<{ stage: ApplicantStage; count: number }>(
      `${scoped} select a.stage, count(*)::int as count from a where ${withoutStage} group by a.stage`,
      stageParams,
    );
    const limits = await tx.query<{ quiet_after_days: number }>(
      `select distinct coalesce(s.quiet_after_days, ${defaultQuietAfterDays}) as quiet_after_days
       from public.organisations o left join public.recruitment_settings s on s.organisation_id = o.id
       where o.id in (select private.my_organisations('recruiter'))
          or o.id in (select private.my_organisations('admin'))
       order by 1`,
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
    const recruiters = await tx.query<Recruiter>(
      `select distinct r.user_id as "userId", r.email
       from (select private.my_organisations('recruiter') union select private.my_organisations('admin')) o (id)
       cross join lateral app.organisation_recruiters(o.id) r
       order by r.email`,
    );
    return { rows, counts, recruiters, limits };
  });

  const today = amsterdamDate(new Date());
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
      version: row.version,
      source: row.source,
      submittedAt: new Date(row.submitted_at),
      lastActivityAt: new Date(row.last_activity_at),
      daysQuiet: row.days_quiet,
      assignedRecruiterId: row.assigned_recruiter_id,
      nextAction: row.next_action,
      nextActionDue: row.next_action_due,
      nextActionOverdue: isOverdue(row.next_action_due, today),
      quiet: row.days_quiet > row.quiet_after_days,
    })),
    countsByStage,
    total,
    pageCount: Math.max(1, Math.ceil(total / pipelinePageSize)),
    recruiters,
    quietAfterDays: limits.map((limit) => limit.quiet_after_days),
  };
}
