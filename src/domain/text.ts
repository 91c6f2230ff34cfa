import { z } from "zod";
import { nlFormMessages } from "./i18n/dictionaries/nl-form-messages";

export const unstorableCharactersMessage = nlFormMessages.unstorable;

const noExceptions = new Set<number>();
// A textarea legitimately sends tabs and line breaks (as CR LF).
const tabAndLineBreaks = new Set([0x09, 0x0a, 0x0d]);

/**
 * Characters nobody types: C0 and C1 control characters and DEL (Postgres cannot store NUL at all),
 * and the bidirectional embeddings, overrides and isolates, with which a name can show itself
 * reversed or turn the text after it around in a recruiter's list, a spreadsheet or a mail subject.
 * The right-to-left and left-to-right marks stay: they belong to right-to-left typing.
 */
function hasControlCharacter(value: string, allowed: Set<number>): boolean {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    const control = code < 0x20 || (code >= 0x7f && code <= 0x9f);
    const bidiControl = (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
    if ((control && !allowed.has(code)) || bidiControl) return true;
  }
  return false;
}

/** The Unicode line and paragraph separators: a line break no single-line field can hold. */
const lineSeparator = /[\u2028\u2029]/;

/**
 * The base of every single-line text field in a form: trimmed and free of control characters,
 * which get a message next to the field (`unstorable`, Dutch unless a page says otherwise) instead
 * of reaching the database.
 */
export function textLine(params?: Parameters<typeof z.string>[0], unstorable = unstorableCharactersMessage) {
  return z
    .string(params)
    .trim()
    .refine((value) => !hasControlCharacter(value, noExceptions) && !lineSeparator.test(value), unstorable);
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
