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
  // SQLSTATE class OH is ours: our functions raise it with a detail that is a code or ids and
  // stages, never personal data, for the server to turn into a Dutch message.
  if (/^OH/.test(String(Reflect.get(error, "code") ?? "")) && "detail" in error) {
    Reflect.set(safe, "detail", Reflect.get(error, "detail"));
  }
  return safe;
}
