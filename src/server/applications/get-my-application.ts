import type { Database } from "../sql/engine";
import { withUser } from "../sql/with-user";
import { type Applicant, applicantClaims, ownApplication } from "./applicant";
import {
  type Application,
  type ApplicationRow,
  applicationColumns,
  toApplication,
} from "./application-record";

export async function getMyApplication(db: Database, applicant: Applicant): Promise<Application | undefined> {
  if (!applicant.claims && !applicant.draftToken) return undefined;
  return withUser(db, applicantClaims(applicant), async (tx) => {
    const [row] = await tx.query<ApplicationRow>(
      `select ${applicationColumns}
       from public.applications a left join public.organisations o on o.id = a.organisation_id
       where ${ownApplication("a")}`,
    );
    if (!row) return undefined;
    const history = await tx.query<{ to_stage: Application["stage"]; at: Date }>(
      "select to_stage, at from public.application_stage_history where application_id = $1 order by at, id",
      [row.id],
    );
    return toApplication(
      row,
      history.map((entry) => ({ stage: entry.to_stage, at: new Date(entry.at) })),
    );
  });
}
