// Brings the database up to date before the server starts and, on the embedded default, fills it
// with demo data and prints the demo logins.

import { staffRoleLabels } from "../src/domain/staff/roles";
import { readConfig } from "../src/server/config";
import { seedDemoData } from "../src/server/seed/seed-demo";
import { openDatabase } from "../src/server/sql/open-database";

const config = readConfig();
const db = await openDatabase(config);
try {
  const shouldSeed = config.SEED_DEMO_DATA ?? (!config.DATABASE_URL && !config.production);
  if (shouldSeed) {
    const logins = await seedDemoData(db);
    const site = config.siteUrl;
    const where =
      db.engine === "pglite" ? `ingebouwde database in ${config.PGLITE_DATA_DIR}` : "DATABASE_URL";
    console.log(`\nOpenhuis demo-accounts (${where}):`);
    for (const login of logins) {
      console.log(
        `  ${staffRoleLabels[login.role].padEnd(10)} ${login.email.padEnd(34)} ${login.organisation}`,
      );
    }
    console.log(`\nInloggen: ${site}/inloggen, vul een e-mailadres hierboven in.`);
    console.log(
      config.devOutbox
        ? `De inlogcode staat in de outbox: ${site}/dev/outbox\n`
        : "De outbox is niet te zien (zie DEV_OUTBOX in de README).\n",
    );
  } else {
    console.log(`Database bijgewerkt (${db.engine}).`);
  }
} finally {
  await db.close();
}
