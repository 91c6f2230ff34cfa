import { defaultQuietAfterDays } from "../../domain/applications/pipeline-filters";
import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";

/** After how many days without activity the organisation's board flags an applicant. */
export async function getQuietAfterDays(
  db: Database,
  claims: Claims,
  organisationId: string,
): Promise<number> {
  const [row] = await withUser(db, claims, (tx) =>
    tx.query<{ quiet_after_days: number }>(
      "select quiet_after_days from public.recruitment_settings where organisation_id = $1",
      [organisationId],
    ),
  );
  return row?.quiet_after_days ?? defaultQuietAfterDays;
}
