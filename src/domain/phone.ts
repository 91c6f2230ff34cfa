import { type FormMessages, nlFormMessages } from "./i18n/dictionaries/nl-form-messages";
import { textLine } from "./text";

export const phoneMessage = nlFormMessages.phone.invalid;

/** Spaces, dashes, dots and brackets are how people group digits; they do not change the number. */
const digitsOf = (value: string) => value.replace(/[\s().-]/g, "");

/**
 * A Dutch number (0, +31 or 0031, with the "(0)" some people write after +31) has 9 digits after
 * the prefix; a foreign one starts with + or 00 and its country code, as a recruiter calling needs it.
 */
export function isPhoneNumber(value: string): boolean {
  const digits = digitsOf(value);
  const dutch = /^(?:0|(?:\+|00)310?)[1-9]\d{8}$/.test(digits);
  const foreign = /^(?:\+|00)(?!31)[1-9]\d{7,14}$/.test(digits);
  return dutch || foreign;
}

/** The optional phone field of a form: empty, or a number as people type it. */
export const phoneField = (messages: FormMessages = nlFormMessages) =>
  textLine(undefined, messages.unstorable)
    .max(30, messages.phone.tooLong)
    .refine((value) => value === "" || isPhoneNumber(value), messages.phone.invalid)
    .optional();

export const phoneSchema = phoneField();
