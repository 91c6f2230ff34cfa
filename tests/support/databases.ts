import { randomBytes } from "node:crypto";
import type { PGlite } from "@electric-sql/pglite";
import type { Database } from "../../src/server/sql/engine";
import { migrate } from "../../src/server/sql/migrate";
import { wrapPglite } from "../../src/server/sql/pglite";
import { openPostgres } from "../../src/server/sql/postgres";

export interface TestEngine {
  name: "pglite" | "postgres";
  /** A fresh, migrated, empty database of its own; call `dispose` when done. */
  open(): Promise<{ db: Database; dispose(): Promise<void> }>;
}

let pgliteTemplate: Promise<PGlite> | undefined;

async function migratedPgliteTemplate(): Promise<PGlite> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { cube } = await import("@electric-sql/pglite/contrib/cube");
  const { earthdistance } = await import("@electric-sql/pglite/contrib/earthdistance");
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  const instance = await PGlite.create({ extensions: { cube, earthdistance, pg_trgm } });
  await migrate(wrapPglite(instance));
  return instance;
}

const pglite: TestEngine = {
  name: "pglite",
  async open() {
    pgliteTemplate ??= migratedPgliteTemplate();
    const clone = await (await pgliteTemplate).clone();
    const db = wrapPglite(clone as PGlite);
    return { db, dispose: () => db.close() };
  },
};

function postgresEngine(serverUrl: string): TestEngine {
  return {
    name: "postgres",
    async open() {
      const name = `openhuis_test_${randomBytes(6).toString("hex")}`;
      const admin = openPostgres(serverUrl, { max: 1 });
      await admin.exec(`create database ${name}`);
      const url = new URL(serverUrl);
      url.pathname = `/${name}`;
      const db = openPostgres(url.toString(), { max: 4 });
      await migrate(db);
      return {
        db,
        async dispose() {
          await db.close();
          await admin.exec(`drop database if exists ${name} with (force)`);
          await admin.close();
        },
      };
    },
  };
}

/** PGlite always; the PostgreSQL server too when TEST_DATABASE_URL is set (CI sets it). */
export const testEngines: TestEngine[] = [
  pglite,
  ...(process.env.TEST_DATABASE_URL ? [postgresEngine(process.env.TEST_DATABASE_URL)] : []),
];
