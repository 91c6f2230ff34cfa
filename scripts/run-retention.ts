// Deletes what the privacy statement says we no longer keep (docs/privacy.md) and tells staff about
// new deletion requests. Safe to run as often as you like and on several machines at once: a run that
// finds another one busy skips. Run it from cron against DATABASE_URL, e.g. hourly.
import { readConfig } from "../src/server/config";
import { applyRetention } from "../src/server/privacy/apply-retention";
import { notifyDeletionRequests } from "../src/server/privacy/notify-deletion-requests";
import { openDatabase } from "../src/server/sql/open-database";

const config = readConfig();
const db = await openDatabase(config);
try {
  const report = await applyRetention(db);
  const notified = await notifyDeletionRequests(db, config.siteUrl);
  console.log(JSON.stringify({ retention: report, deletionRequestsNotified: notified }));
} finally {
  await db.close();
}
