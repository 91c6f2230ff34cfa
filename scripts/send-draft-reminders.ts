// Reminds applicants who confirmed their address but never sent their application: once after 3
// days, once after 10. Safe to run as often as you like, on as many machines as you like: nobody is
// mailed a reminder twice. Run it from cron against DATABASE_URL; the server's mail delivery sends
// what it queues.
import { readConfig } from "../src/server/config";
import { sendDraftReminders } from "../src/server/follow-ups/send-draft-reminders";
import { openDatabase } from "../src/server/sql/open-database";

const config = readConfig();
const db = await openDatabase(config);
try {
  const reminded = await sendDraftReminders(db, config.siteUrl);
  console.log(`Herinneringen voor onverstuurde aanmeldingen klaargezet: ${reminded}.`);
} finally {
  await db.close();
}
