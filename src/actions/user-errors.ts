import { ActionError } from "astro:actions";
import { UserFacingError } from "../server/errors";
import { currentRequestId, logServerError } from "../server/http/request-context";

/**
 * A rule checked after parsing (it needs stored data) reported exactly like zod's field errors, so
 * the page shows it next to its field. Astro recognises input errors by shape, not by class.
 */
class FieldRuleError extends ActionError {
  readonly type = "AstroActionInputError";
  readonly issues: { code: "custom"; path: string[]; message: string }[];
  readonly fields: Record<string, string[]>;
  constructor(field: string, message: string) {
    super({ code: "BAD_REQUEST", message });
    this.issues = [{ code: "custom", path: [field], message }];
    this.fields = { [field]: [message] };
  }
}

/**
 * Runs a use case and turns its user-facing refusals into action errors. Other errors stay server
 * errors, logged here by code and request id; the caller sees only the id, never the error's message.
 */
export async function asAction<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof UserFacingError) {
      throw error.field
        ? new FieldRuleError(error.field, error.message)
        : new ActionError({ code: "BAD_REQUEST", message: error.message });
    }
    if (error instanceof ActionError) throw error;
    logServerError(error);
    throw new ActionError({ code: "INTERNAL_SERVER_ERROR", message: serverErrorMessage(currentRequestId()) });
  }
}

export function serverErrorMessage(requestId: string | undefined): string {
  return `Er ging iets mis. Probeer het opnieuw.${requestId ? ` Foutcode: ${requestId}.` : ""}`;
}
