/** The `sql` port: the one interface every engine adapter implements. */
export interface SqlExecutor {
  query<Row = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Runs several statements without parameters (migrations, scripts). */
  exec(script: string): Promise<void>;
}

export interface Database extends SqlExecutor {
  readonly engine: "pglite" | "postgres";
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
