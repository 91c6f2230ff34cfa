import { type FormMessages, nlFormMessages } from "../domain/i18n/dictionaries/nl-form-messages";

/** A refusal's text: Dutch, or taken from the form messages of the page's language. */
export type RefusalText = string | ((messages: FormMessages) => string);

/**
 * The one error type whose message may be shown to a user, without internals. `message` is Dutch;
 * a refusal the public forms can meet is given as a pick from the form messages, so an English page
 * shows it in English (`messageIn`).
 */
export class UserFacingError extends Error {
  readonly field: string | undefined;
  readonly #text: RefusalText;
  constructor(text: RefusalText, field?: string) {
    super(typeof text === "string" ? text : text(nlFormMessages));
    this.name = "UserFacingError";
    this.field = field;
    this.#text = text;
  }

  messageIn(messages: FormMessages): string {
    return typeof this.#text === "string" ? this.#text : this.#text(messages);
  }
}

/** Someone else changed the record since the page was shown; the page offers the newest version. */
export class ChangedMeanwhileError extends UserFacingError {
  constructor(message: string) {
    super(message);
    this.name = "ChangedMeanwhileError";
  }
}

export const notAllowedMessage = "Je hebt geen rechten voor deze handeling.";

/** Postgres refused for lack of rights (RLS, grants or a function's own check). */
export function isPermissionDenied(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "42501";
}

export function isInvalidParameter(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "22023";
}

/** A field of a database error (its SQLSTATE `code`, or the `detail` our own functions fill in). */
export function databaseErrorField(error: unknown, field: "code" | "detail"): string | undefined {
  if (typeof error !== "object" || error === null || !(field in error)) return undefined;
  return String(Reflect.get(error, field));
}
