import { retryPendingLocations } from "./applications/locate-application";
import { sendAvailabilityReminders } from "./capacity/send-availability-reminders";
import { notifyPromotedRegistrations } from "./evenings/notify-promoted-registrations";
import { sendEveningReminders } from "./evenings/send-evening-reminders";
import { sendDraftReminders } from "./follow-ups/send-draft-reminders";
import { deleteStaleGeocodes } from "./geocode/geocode-cache";
import type { Geocoder } from "./geocode/port";
import { retryNeedLocations } from "./placement/retry-need-locations";
import { applyRetention } from "./privacy/apply-retention";
import { notifyDeletionRequests } from "./privacy/notify-deletion-requests";
import type { Database } from "./sql/engine";

/**
 * Jobs every server runs on a timer. Each is safe to run twice and on several servers at once, so a
 * deployment needs no separate scheduler (scripts/ has cron entry points for those who prefer one).
 */
export function startBackgroundJobs(db: Database, geocoder: Geocoder, siteUrl: string): void {
  every(5 * 60_000, "geocoderen", async () => {
    await retryPendingLocations(db, geocoder);
    await retryNeedLocations(db, geocoder);
    await deleteStaleGeocodes(db);
  });
  every(60 * 60_000, "herinneringen informatiebijeenkomsten", async () => {
    await sendEveningReminders(db, siteUrl);
    await notifyPromotedRegistrations(db, siteUrl);
  });
  every(60 * 60_000, "herinneringen onverstuurde aanmeldingen", () => sendDraftReminders(db, siteUrl));
  every(5 * 60_000, "verwijderverzoeken melden", () => notifyDeletionRequests(db, siteUrl));
  every(60 * 60_000, "bewaartermijnen", () => applyRetention(db));
  every(60 * 60_000, "herinneringen beschikbaarheid", () => sendAvailabilityReminders(db, siteUrl));
}

function every(intervalMs: number, name: string, job: () => Promise<unknown>): void {
  const run = () => {
    job().catch((error: unknown) => {
      console.error(`Achtergrondtaak ${name} mislukt:`, error instanceof Error ? error.name : error);
    });
  };
  setTimeout(run, 10_000).unref();
  setInterval(run, intervalMs).unref();
}
