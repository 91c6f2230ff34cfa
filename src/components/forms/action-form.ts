import { ActionError, isInputError } from "astro:actions";

const userFacingCodes = new Set([
  "BAD_REQUEST",
  "UNAUTHORIZED",
  "FORBIDDEN",
  "TOO_MANY_REQUESTS",
  "CONFLICT",
]);

interface ActionOutcome {
  error?: unknown;
}

/** The first message per field of a failed form action, plus a general message for non-field failures. */
export function formErrors(result: ActionOutcome | undefined): {
  fields: Record<string, string>;
  general?: string;
} {
  if (!result?.error) return { fields: {} };
  if (isInputError(result.error)) {
    const fields: Record<string, string> = {};
    for (const [field, messages] of Object.entries(result.error.fields)) {
      if (messages?.[0]) fields[field] = messages[0];
    }
    return { fields };
  }
  const shown = result.error instanceof ActionError && userFacingCodes.has(result.error.code);
  return {
    fields: {},
    general: shown ? (result.error as ActionError).message : "Er ging iets mis. Probeer het opnieuw.",
  };
}

/** What the person typed, so a failed submit never loses it. */
export async function submittedValues(request: Request): Promise<Record<string, string>> {
  if (request.method !== "POST") return {};
  try {
    const form = await request.clone().formData();
    return Object.fromEntries([...form.entries()].filter(([, value]) => typeof value === "string")) as Record<
      string,
      string
    >;
  } catch {
    return {};
  }
}
