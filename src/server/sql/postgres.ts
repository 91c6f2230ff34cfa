import postgres from "postgres";
import type { Database, SqlExecutor } from "./engine";

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
      const rows = await target.unsafe(text, params as postgres.ParameterOrJSON<never>[]);
      return rows as unknown as Row[];
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
