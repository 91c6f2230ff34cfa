const keptFields = [
  "code",
  "severity",
  "constraint",
  "constraint_name",
  "table",
  "table_name",
  "column",
  "column_name",
  "schema",
  "schema_name",
  "routine",
  "query",
] as const;

/**
 * Database errors carry the query's parameter values and a `detail` that quotes row values (emails,
 * names); unhandled, they end up in server logs. What leaves the sql port is a copy with only the
 * fields that describe the failure, not the data.
 */
export function redactDatabaseError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const safe = new Error(error.message);
  safe.name = error.name;
  safe.stack = error.stack;
  for (const field of keptFields) {
    if (field in error) Reflect.set(safe, field, Reflect.get(error, field));
  }
  return safe;
}
