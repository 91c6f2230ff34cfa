import { deletionQueuePath } from "../../domain/privacy/deletion-queue-path";
import { deletionRequestEmail } from "../mail/templates/deletion-request";
import type { Database } from "../sql/engine";
import { withService } from "../sql/with-user";

interface Recipient {
  request_id: string;
  organisation_name: string | null;
  region_name: string | null;
  email: string;
}

/**
 * Mails the staff who handle each new deletion request. A job (run after a request and on a timer):
 * claiming and queueing happen in one transaction and claimed rows are skipped by other servers, so
 * nobody is mailed twice.
 */
export async function notifyDeletionRequests(db: Database, siteUrl: string): Promise<number> {
  return withService(db, async (tx) => {
    const recipients = await tx.query<Recipient>("select * from app.claim_unnotified_deletion_requests()");
    const queueUrl = new URL(deletionQueuePath, siteUrl).toString();
    for (const recipient of recipients) {
      const handledBy =
        recipient.organisation_name ??
        (recipient.region_name ? `een organisatie in regio ${recipient.region_name}` : "Openhuis");
      tx.queueMail(deletionRequestEmail(recipient.email, handledBy, queueUrl));
    }
    return new Set(recipients.map((recipient) => recipient.request_id)).size;
  });
}

/** Right after a request: mail at once, but a failure only delays the mail until the job's next run. */
export async function tellStaffAboutDeletionRequests(db: Database, siteUrl: string): Promise<void> {
  try {
    await notifyDeletionRequests(db, siteUrl);
  } catch (error) {
    console.error("Melden van verwijderverzoeken mislukt:", error instanceof Error ? error.name : error);
  }
}
