import type { ParentType } from "../../domain/applications/options";
import type { ApplicantStage } from "../../domain/applications/stages";
import { logStaffReads } from "../privacy/log-staff-read";
import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";

export interface ApplicationListItem {
  id: string;
  name: string;
  municipality: string | null;
  parentTypes: ParentType[];
  stage: ApplicantStage;
  status: "draft" | "submitted" | "withdrawn" | "rejected";
  since: Date;
}

/**
 * The recruiter's newest sent applications of their organisations (RLS limits them to those, and to
 * sent ones: a draft is the applicant's until they send it). Names and places are personal data, so
 * the read is logged per application shown.
 */
export async function listOrganisationApplications(
  db: Database,
  claims: Claims,
  limit = 25,
): Promise<ApplicationListItem[]> {
  const rows = await withUser(db, claims, async (tx) => {
    const shown = await tx.query<{
      id: string;
      organisation_id: string;
      first_name: string | null;
      last_name: string | null;
      municipality: string | null;
      parent_types: ParentType[];
      stage: ApplicantStage;
      status: ApplicationListItem["status"];
      since: Date;
    }>(
      `select id, organisation_id, first_name, last_name, municipality, parent_types::text[] as parent_types, stage, status,
              submitted_at as since
       from public.applications
       where organisation_id in (select private.my_organisations('recruiter')) and submitted_at is not null
       order by submitted_at desc limit $1`,
      [limit],
    );
    const byOrganisation = Map.groupBy(shown, (row) => row.organisation_id);
    await logStaffReads(
      tx,
      [...byOrganisation].map(([organisationId, applications]) => ({
        organisationId,
        subjectType: "application",
        subjectIds: applications.map((application) => application.id),
        purpose: "application.list",
      })),
    );
    return shown;
  });
  return rows.map((row) => ({
    id: row.id,
    name: [row.first_name, row.last_name].filter(Boolean).join(" ") || "(nog geen naam)",
    municipality: row.municipality,
    parentTypes: row.parent_types,
    stage: row.stage,
    status: row.status,
    since: new Date(row.since),
  }));
}
