import { PGlite } from "@electric-sql/pglite";
import { cube } from "@electric-sql/pglite/contrib/cube";
import { earthdistance } from "@electric-sql/pglite/contrib/earthdistance";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import type { Database, SqlExecutor } from "./engine";
import { redactDatabaseError } from "./redact";

type PGliteLike = Pick<PGlite, "query" | "exec" | "transaction" | "close">;

export async function openPglite(dataDir?: string): Promise<Database> {
  const db = await PGlite.create(dataDir, { extensions: { cube, earthdistance, pg_trgm } });
  return wrapPglite(db);
}

/** Wraps an open instance, e.g. a `clone()` of a migrated one in tests. */
export function wrapPglite(db: PGliteLike): Database {
  const executor = (target: Pick<PGlite, "query" | "exec">): SqlExecutor => ({
    async query<Row>(text: string, params: readonly unknown[] = []) {
      try {
        const result = await target.query<Row>(text, params as unknown[]);
        return result.rows;
      } catch (error) {
        throw redactDatabaseError(error);
      }
    },
    async exec(script) {
      await target.exec(script);
    },
  });
  return {
    engine: "pglite",
    ...executor(db),
    transaction: (work) => db.transaction((tx) => work(executor(tx))),
    close: () => db.close(),
  };
}
