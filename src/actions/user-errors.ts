import { ActionError } from "astro:actions";
import type { Locale } from "../domain/i18n/locales";
import { uiStrings } from "../domain/i18n/ui-strings";
import { ChangedMeanwhileError, UserFacingError } from "../server/errors";
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
 * Runs a use case and turns its user-facing refusals into action errors, in the language of the page
 * that posted the form; other errors stay server errors.
 */
export async function asAction<T>(work: () => Promise<T>, locale: Locale = "nl"): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ChangedMeanwhileError)
      throw new ActionError({ code: "CONFLICT", message: error.message });
    if (error instanceof UserFacingError) {
      const message = error.messageIn(uiStrings(locale).formMessages);
      throw error.field
        ? new FieldRuleError(error.field, message)
        : new ActionError({ code: "BAD_REQUEST", message });
    }
    throw error;
  }
}

type SafeResult = { data: unknown; error: undefined } | { data: undefined; error: ActionError };
type DefinedAction = ((input: unknown) => Promise<SafeResult>) & {
  orThrow: (input: unknown) => Promise<unknown>;
};

/**
 * Astro answers an action whose handler threw with an INTERNAL_SERVER_ERROR carrying the error's own
 * message (a database message can quote personal data) and logs nothing. Each action is wrapped so an
 * unexpected error is logged by code and request id, and the caller sees only the id.
 */
export function withServerErrorsLogged<Actions extends Record<string, unknown>>(actions: Actions): Actions {
  return Object.fromEntries(
    Object.entries(actions).map(([name, action]) => [name, loggingServerErrors(action as DefinedAction)]),
  ) as Actions;
}

function loggingServerErrors(action: DefinedAction): DefinedAction {
  async function run(this: unknown, input: unknown): Promise<SafeResult> {
    try {
      return { data: await action.orThrow.call(this, input), error: undefined };
    } catch (error) {
      if (error instanceof ActionError) return { data: undefined, error };
      logServerError(error);
      return {
        data: undefined,
        error: new ActionError({
          code: "INTERNAL_SERVER_ERROR",
          message: serverErrorMessage(currentRequestId()),
        }),
      };
    }
  }
  return Object.assign(run, { orThrow: action.orThrow });
}

export function serverErrorMessage(requestId: string | undefined, locale: Locale = "nl"): string {
  return uiStrings(locale).formMessages.serverError(requestId);
}
