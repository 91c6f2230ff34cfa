import postgres from "postgres";
import type { Database, SqlExecutor } from "./engine";
import { redactDatabaseError } from "./redact";

export interface PostgresOptions {
  /** Supavisor's transaction pooler does not support prepared statements. */
  prepare?: boolean;
  max?: number;
}

export function openPostgres(url: string, options: PostgresOptions = {}): Database {
  const sql = postgres(url, {
    prepare: options.prepare ?? false,
    max: options.max ?? 10,
    onnotice: () => {},
  });
  const executor = (target: postgres.Sql | postgres.TransactionSql): SqlExecutor => ({
    async query<Row>(text: string, params: readonly unknown[] = []) {
      try {
        const rows = await target.unsafe(text, params.map(toParameter) as postgres.ParameterOrJSON<never>[]);
        return rows as unknown as Row[];
      } catch (error) {
        throw redactDatabaseError(error);
      }
    },
    async exec(script) {
      await target.unsafe(script).simple();
    },
  });
  return {
    engine: "postgres",
    ...executor(sql),
    transaction: <T>(work: (tx: SqlExecutor) => Promise<T>) =>
      sql.begin((tx) => work(executor(tx))) as Promise<T>,
    close: () => sql.end({ timeout: 5 }),
  };
}

/**
 * Without prepared statements the driver cannot know a parameter is an array (of an enum, say), so
 * arrays go over as Postgres array literals, which the SQL casts as it would any text.
 */
function toParameter(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  const elements = value.map((element) =>
    element === null ? "NULL" : `"${String(element).replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`,
  );
  return `{${elements.join(",")}}`;
}
