import { mkdir } from "node:fs/promises";
import type { Config } from "../config";
import type { Database } from "./engine";
import { migrate } from "./migrate";
import { openPglite } from "./pglite";
import { openPostgres } from "./postgres";

/** Opens the configured engine and brings its schema up to date. */
export async function openDatabase(config: Config): Promise<Database> {
  const db = config.DATABASE_URL
    ? openPostgres(config.DATABASE_URL, { prepare: config.DATABASE_PREPARE })
    : await openEmbedded(config.PGLITE_DATA_DIR);
  await migrate(db);
  if (db.engine === "postgres") await assertCanSwitchRoles(db);
  return db;
}

async function openEmbedded(dataDir: string): Promise<Database> {
  await mkdir(dataDir, { recursive: true });
  return openPglite(dataDir);
}

async function assertCanSwitchRoles(db: Database): Promise<void> {
  const [row] = await db.query<{ can_switch: boolean; user: string }>(
    `select current_user as user,
            pg_has_role(current_user, 'authenticated', 'member')
            and pg_has_role(current_user, 'anon', 'member')
            and pg_has_role(current_user, 'service_role', 'member') as can_switch`,
  );
  if (!row.can_switch) {
    throw new Error(
      `De databasegebruiker ${row.user} mag niet wisselen naar de rollen anon en authenticated. ` +
        `Voer uit: grant anon, authenticated, service_role to ${row.user};`,
    );
  }
}
