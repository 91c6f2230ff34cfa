import type { z } from "zod";

/** One query parameter of a filtered list: its schema, what to use when it is malformed, and why. */
export interface QueryField {
  schema: z.ZodType;
  fallback: unknown;
  /** Dutch, shown above the list when the parameter was malformed. */
  message: string;
}

export type QueryValues<Fields extends Record<string, QueryField>> = {
  [K in keyof Fields]: z.output<Fields[K]["schema"]>;
};

export interface QueryProblem<Name extends string = string> {
  field: Name;
  message: string;
}

/**
 * Parses each parameter on its own, so a malformed value falls back to its default with a message
 * and the rest of the view (a shared link, say) is kept.
 */
export function parseQuery<Fields extends Record<string, QueryField>>(
  fields: Fields,
  params: URLSearchParams,
): { values: QueryValues<Fields>; problems: QueryProblem<Extract<keyof Fields, string>>[] } {
  const values: Record<string, unknown> = {};
  const problems: QueryProblem<Extract<keyof Fields, string>>[] = [];
  for (const [name, field] of Object.entries(fields) as [Extract<keyof Fields, string>, QueryField][]) {
    // An empty field of a submitted GET form means "no filter", not a malformed value.
    const raw = params.get(name)?.trim() || undefined;
    const parsed = field.schema.safeParse(raw);
    if (parsed.success) values[name] = parsed.data;
    else {
      values[name] = field.fallback;
      problems.push({ field: name, message: field.message });
    }
  }
  return { values: values as QueryValues<Fields>, problems };
}

/** The query string of `values` without the parameters that equal their defaults. */
export function queryString(values: Record<string, unknown>, defaults: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) {
    if (value !== undefined && value !== defaults[name]) params.set(name, String(value));
  }
  return params.toString();
}
