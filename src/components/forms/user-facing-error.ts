import { ActionError } from "astro:actions";

/** Codes whose message an action wrote for the person, in Dutch; any other failure gets a general message. */
const userFacingCodes = new Set([
  "BAD_REQUEST",
  "UNAUTHORIZED",
  "FORBIDDEN",
  "TOO_MANY_REQUESTS",
  "CONFLICT",
]);

/** Imported by server pages and by islands alike, so it imports nothing of the server. */
export function isUserFacingActionError(error: unknown): error is ActionError {
  return error instanceof ActionError && userFacingCodes.has(error.code);
}
