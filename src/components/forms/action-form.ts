import { isInputError } from "astro:actions";
import { serverErrorMessage } from "../../actions/user-errors";
import type { Locale } from "../../domain/i18n/locales";
import { currentRequestId } from "../../server/http/request-context";
import { isUserFacingActionError } from "./user-facing-error";

interface ActionOutcome {
  error?: unknown;
}

/**
 * The first message per field of a failed form action, plus a general message for non-field failures
 * (an unexpected one in the page's language).
 */
export function formErrors(
  result: ActionOutcome | undefined,
  locale: Locale = "nl",
): {
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
  return {
    fields: {},
    general: isUserFacingActionError(result.error)
      ? result.error.message
      : serverErrorMessage(currentRequestId(), locale),
  };
}

/**
 * The longest text any form field takes. What a person typed is shown back after a failed submit,
 * but never more than this of it: a request stuffed with a megabyte is not sent back whole.
 */
const longestField = 4000;

export interface SubmittedForm {
  names(): string[];
  text(name: string): string | undefined;
  list(name: string): string[];
}

/** What the person typed, so a failed submit never loses it; undefined when nothing was posted. */
export async function submittedForm(request: Request): Promise<SubmittedForm | undefined> {
  if (request.method !== "POST") return undefined;
  let form: FormData;
  try {
    form = await request.clone().formData();
  } catch {
    return undefined;
  }
  const shown = (value: FormDataEntryValue) =>
    typeof value === "string" ? value.slice(0, longestField) : "";
  return {
    names: () => [...new Set(form.keys())],
    text: (name) => (form.has(name) ? shown(form.get(name) ?? "") : undefined),
    list: (name) => form.getAll(name).slice(0, 100).map(shown),
  };
}

/** The submitted text fields by name, as `submittedForm` shows them back. */
export async function submittedValues(request: Request): Promise<Record<string, string>> {
  const form = await submittedForm(request);
  return form ? Object.fromEntries(form.names().map((name) => [name, form.text(name) ?? ""])) : {};
}

/** The submitted values of each named group of checkboxes, as `submittedForm` shows them back. */
export async function submittedLists(
  request: Request,
  names: readonly string[],
): Promise<Record<string, string[]>> {
  const form = await submittedForm(request);
  return Object.fromEntries(names.map((name) => [name, form?.list(name) ?? []]));
}
