import type { ApplicantStage } from "../../domain/applications/stages";
import type { ApplicationExit, Funnel, FunnelBreakdown } from "../../domain/recruitment/funnel";
import { type FunnelFilters, funnelPeriodDates } from "../../domain/recruitment/funnel-filters";
import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";

export interface FunnelOrganisation {
  id: string;
  name: string;
}

export interface RecruitmentFunnel extends Funnel {
  /** The organisations whose numbers the caller may see (a region admin: every one in the region). */
  organisations: FunnelOrganisation[];
  /** The filters counted with: an organisation outside the caller's scope is dropped. */
  filters: FunnelFilters;
  organisationDropped: boolean;
  /** Groups left out because they hold one to four applicants of organisations the caller does not work for. */
  withheldGroups: number;
}

/**
 * The funnel numbers for the filters, counted in the database (app.recruitment_funnel and
 * app.recruitment_exits; only counts, never a person).
 */
export async function getRecruitmentFunnel(
  db: Database,
  claims: Claims,
  filters: FunnelFilters,
): Promise<RecruitmentFunnel> {
  const { start, end } = funnelPeriodDates(filters);
  return withUser(db, claims, async (tx) => {
    const organisations = await tx.query<FunnelOrganisation>(
      `select o.id, o.name from public.organisations o
       where o.id in (select private.funnel_organisations()) order by o.name`,
    );
    const organisationDropped =
      filters.organisatie !== undefined && !organisations.some(({ id }) => id === filters.organisatie);
    const counted = organisationDropped ? { ...filters, organisatie: undefined } : filters;
    const params = [counted.organisatie ?? null, start, end, counted.ouder ?? null, counted.bron ?? null];
    const stages = await tx.query<{
      breakdown: FunnelBreakdown;
      bucket: string | null;
      stage: ApplicantStage;
      reached: number;
      moved_on: number;
      median_days: number | null;
    }>(
      `select breakdown, bucket, stage, reached, moved_on, median_days::float8 as median_days
       from app.recruitment_funnel($1, $2::date, $3::date, $4::public.parent_type, $5)`,
      params,
    );
    const exits = await tx.query<{
      breakdown: FunnelBreakdown;
      bucket: string | null;
      exit: ApplicationExit;
      reason_code: string;
      reason: string;
      stage: ApplicantStage;
      applications: number;
    }>(
      `select breakdown, bucket, exit::text as exit, reason_code, reason, stage, applications
       from app.recruitment_exits($1, $2::date, $3::date, $4::public.parent_type, $5)`,
      params,
    );
    const [{ withheld }] = await tx.query<{ withheld: number }>(
      "select app.recruitment_withheld_groups($1, $2::date, $3::date, $4::public.parent_type, $5) as withheld",
      params,
    );
    return {
      withheldGroups: withheld,
      organisations,
      filters: counted,
      organisationDropped,
      stages: stages.map((row) => ({
        breakdown: row.breakdown,
        bucket: row.bucket,
        stage: row.stage,
        reached: row.reached,
        movedOn: row.moved_on,
        medianDays: row.median_days === null ? null : Number(row.median_days),
      })),
      exits: exits.map((row) => ({
        breakdown: row.breakdown,
        bucket: row.bucket,
        exit: row.exit,
        reasonCode: row.reason_code,
        reason: row.reason,
        stage: row.stage,
        applications: row.applications,
      })),
    };
  });
}
