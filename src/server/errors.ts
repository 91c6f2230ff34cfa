/** The one error type whose message may be shown to a user: Dutch, without internals. */
export class UserFacingError extends Error {
  readonly field: string | undefined;
  constructor(message: string, field?: string) {
    super(message);
    this.name = "UserFacingError";
    this.field = field;
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
