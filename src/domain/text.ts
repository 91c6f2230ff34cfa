import { z } from "zod";

export const unstorableCharactersMessage =
  "Dit veld bevat tekens die we niet kunnen opslaan. Haal onzichtbare of speciale tekens weg.";

// C0 control characters and DEL: nobody types them, and Postgres cannot store NUL at all.
const controlCharacter = /[\u0000-\u001F\u007F]/;
// A textarea legitimately sends tabs and line breaks (as CR LF).
const controlCharacterBesidesLineBreaks = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/**
 * The base of every single-line text field in a form: trimmed and free of control characters,
 * which get a message next to the field instead of reaching the database.
 */
export function textLine(params?: Parameters<typeof z.string>[0]) {
  return z
    .string(params)
    .trim()
    .refine((value) => !controlCharacter.test(value), unstorableCharactersMessage);
}

/** The base of every multi-line text field (a textarea): like textLine, but tabs and line breaks may stay. */
export function multilineText(params?: Parameters<typeof z.string>[0]) {
  return z
    .string(params)
    .trim()
    .refine((value) => !controlCharacterBesidesLineBreaks.test(value), unstorableCharactersMessage);
}
