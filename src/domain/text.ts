import { z } from "zod";
import { nlFormMessages } from "./i18n/dictionaries/nl-form-messages";

export const unstorableCharactersMessage = nlFormMessages.unstorable;

const noExceptions = new Set<number>();
// A textarea legitimately sends tabs and line breaks (as CR LF).
const tabAndLineBreaks = new Set([0x09, 0x0a, 0x0d]);

/** C0 control characters and DEL: nobody types them, and Postgres cannot store NUL at all. */
function hasControlCharacter(value: string, allowed: Set<number>): boolean {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if ((code < 0x20 || code === 0x7f) && !allowed.has(code)) return true;
  }
  return false;
}

/**
 * The base of every single-line text field in a form: trimmed and free of control characters,
 * which get a message next to the field (`unstorable`, Dutch unless a page says otherwise) instead
 * of reaching the database.
 */
export function textLine(params?: Parameters<typeof z.string>[0], unstorable = unstorableCharactersMessage) {
  return z
    .string(params)
    .trim()
    .refine((value) => !hasControlCharacter(value, noExceptions), unstorable);
}

/** The base of every multi-line text field (a textarea): like textLine, but tabs and line breaks may stay. */
export function multilineText(
  params?: Parameters<typeof z.string>[0],
  unstorable = unstorableCharactersMessage,
) {
  return z
    .string(params)
    .trim()
    .refine((value) => !hasControlCharacter(value, tabAndLineBreaks), unstorable);
}

/**
 * The paragraphs of a textarea's text: a blank line starts a new one, also when the form sent its
 * line breaks as CR LF (as browsers do) or the blank line holds a few spaces.
 */
export function paragraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== "");
}
