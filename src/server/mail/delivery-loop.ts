import type { Database } from "../sql/engine";
import { onMailCommitted } from "../sql/with-user";
import { deliverDueMail } from "./deliver-outbox";
import type { MailTransport } from "./transport";

const pollIntervalMs = 30_000;

/** Delivers mail right after the commit that queued it, and retries what failed every half minute. */
export function startMailDelivery(db: Database, transport: MailTransport): void {
  let running: Promise<void> | undefined;
  let again = false;
  const run = () => {
    if (running) {
      again = true;
      return;
    }
    running = deliverDueMail(db, transport)
      .then(() => undefined)
      .catch((error: unknown) => {
        console.error(
          "Verzenden van e-mail uit de outbox mislukt:",
          error instanceof Error ? error.name : error,
        );
      })
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          run();
        }
      });
  };
  onMailCommitted(run);
  setInterval(run, pollIntervalMs).unref();
  run();
}
