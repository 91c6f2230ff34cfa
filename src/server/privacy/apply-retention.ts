import type { Database } from "../sql/engine";
import { withService } from "../sql/with-user";

/** What one run deleted or emptied, by kind; counts only, so it can be logged. */
export type RetentionReport =
  | { skipped: true }
  | {
      ended_applications: number;
      unsent_drafts: number;
      evening_registrations: number;
      scrubbed_mail: number;
      deleted_mail: number;
      sign_in_codes: number;
    };

/**
 * Deletes what the privacy statement says we no longer keep (periods per organisation, see
 * docs/privacy.md). A run that finds another one busy answers `skipped`.
 */
export async function applyRetention(db: Database): Promise<RetentionReport> {
  const [row] = await withService(db, (tx) =>
    tx.query<{ report: RetentionReport }>("select app.apply_retention() as report"),
  );
  return row.report;
}
