// Reminds everyone with a place for tomorrow's information evenings (and mails anyone who moved up
// from a waiting list without hearing yet). Safe to run as often as you like: nobody is mailed twice.
// Run it from cron against DATABASE_URL; the server's mail delivery sends what it queues.
import { readConfig } from "../src/server/config";
import { notifyPromotedRegistrations } from "../src/server/evenings/notify-promoted-registrations";
import { sendEveningReminders } from "../src/server/evenings/send-evening-reminders";
import { openDatabase } from "../src/server/sql/open-database";

const config = readConfig();
const siteUrl = config.siteUrl;
const db = await openDatabase(config);
try {
  const reminded = await sendEveningReminders(db, siteUrl);
  const promoted = await notifyPromotedRegistrations(db, siteUrl);
  console.log(`Herinneringen klaargezet: ${reminded}. Berichten over een vrijgekomen plek: ${promoted}.`);
} finally {
  await db.close();
}
