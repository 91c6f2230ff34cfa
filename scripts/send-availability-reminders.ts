// Asks households that have not confirmed their availability for N weeks (per organisation, default 6)
// to confirm or change it. Safe to run as often as you like: one mail per household per period.
// Run it from cron against DATABASE_URL; the server's mail delivery sends what it queues.
import { sendAvailabilityReminders } from "../src/server/capacity/send-availability-reminders";
import { readConfig } from "../src/server/config";
import { openDatabase } from "../src/server/sql/open-database";

const config = readConfig();
const db = await openDatabase(config);
try {
  const reminded = await sendAvailabilityReminders(db, config.siteUrl);
  console.log(`Herinneringen over beschikbaarheid klaargezet: ${reminded}.`);
} finally {
  await db.close();
}
