import { deletionRequestEmail } from "../mail/templates/deletion-request";
import type { Database } from "../sql/engine";
import { withService } from "../sql/with-user";
import { deletionQueuePath } from "./deletion-queue-path";

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
