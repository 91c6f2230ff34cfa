import type { FunnelTableId } from "../../domain/recruitment/funnel";
import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";

/**
 * Records a CSV download of a funnel table in the audit log, under each organisation the caller is
 * a recruiter or admin of; the subject is the table and the view's query string (filters, never a
 * person).
 */
export async function logFunnelExport(
  db: Database,
  claims: Claims,
  table: FunnelTableId,
  query: string,
): Promise<void> {
  await withUser(db, claims, (tx) =>
    tx.query(
      `select app.log_staff_read(staff.organisation_id, 'funnel_report', array[$1], 'funnel.export')
       from (select private.my_organisations('recruiter') as organisation_id
             union select private.my_organisations('admin')) staff`,
      [`${table}?${query}`],
    ),
  );
}
