import type { SqlExecutor } from "../sql/engine";

export interface StaffRead {
  organisationId: string;
  subjectType: "application" | "deletion_request" | "evening_registration";
  subjectIds: readonly string[];
  /** Why staff read it, as an identifier (`application.list`), never the data itself. */
  purpose: string;
}

/**
 * Records in the audit log that staff read personal data, in the transaction that read it. Every
 * staff read of an applicant's personal or screening data goes through here (docs/privacy.md).
 */
export async function logStaffReads(tx: SqlExecutor, reads: readonly StaffRead[]): Promise<void> {
  for (const read of reads) {
    if (read.subjectIds.length === 0) continue;
    await tx.query("select app.log_staff_read($1, $2, $3, $4)", [
      read.organisationId,
      read.subjectType,
      read.subjectIds,
      read.purpose,
    ]);
  }
}
