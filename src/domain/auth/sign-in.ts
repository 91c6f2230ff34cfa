import { z } from "zod";
import { type FormMessages, nlFormMessages } from "../i18n/dictionaries/nl-form-messages";
import { textLine } from "../text";

/**
 * An email address field; `missing` says whose address is asked for when it is left empty, and
 * `messages` the language of the rest.
 */
export const emailField = (missing?: string, messages: FormMessages = nlFormMessages) =>
  textLine({ error: missing ?? messages.email.missing }, messages.unstorable)
    .min(1, missing ?? messages.email.missing)
    .max(254, messages.email.tooLong)
    .pipe(z.email(messages.email.invalid))
    .transform((email) => email.toLowerCase());

export const emailSchema = emailField();

export const requestCodeSchema = z.object({
  email: emailSchema,
  next: z.string().optional(),
});

/** The code step; the English application flow shows it in English. */
export const verifyCodeSchemaFor = (messages: FormMessages) =>
  z.object({
    email: emailField(undefined, messages),
    code: textLine({ error: messages.signInCode.missing }, messages.unstorable)
      .transform((code) => code.replace(/\s+/g, ""))
      .pipe(z.string().regex(/^\d{6}$/, messages.signInCode.format)),
    next: z.string().optional(),
  });

export const verifyCodeSchema = verifyCodeSchemaFor(nlFormMessages);

const placeholderOrigin = "http://openhuis.invalid";

/**
 * Only same-site paths, so a crafted link cannot send someone elsewhere after signing in. The path is
 * normalised first (dot segments resolved, as the URL parser and browsers do) and checked after:
 * "/..//evil.example" becomes "//evil.example", which a browser reads as another host.
 */
export function safeNextPath(next: string | undefined | null): string | undefined {
  if (!next?.startsWith("/")) return undefined;
  let normalised: URL;
  try {
    normalised = new URL(next, placeholderOrigin);
  } catch {
    return undefined;
  }
  if (normalised.origin !== placeholderOrigin) return undefined;
  const path = `${normalised.pathname}${normalised.search}${normalised.hash}`;
  let decodedPath: string;
  let decodedNormalised: URL;
  try {
    decodedPath = decodeURIComponent(normalised.pathname);
    decodedNormalised = new URL(decodedPath, placeholderOrigin);
  } catch {
    return undefined;
  }
  // Browsers drop tabs and newlines and read "\" as "/"; a proxy or a second redirect may decode
  // "%2f" once more. Whatever decoding comes later, the path must still start with one slash.
  const looksLikeAnotherHost = (candidate: string) =>
    candidate.startsWith("//") ||
    candidate.includes("\\") ||
    [...candidate].some((char) => char.charCodeAt(0) < 32);
  if (
    [next, path, decodedPath, decodedNormalised.pathname].some(looksLikeAnotherHost) ||
    decodedNormalised.origin !== placeholderOrigin
  ) {
    return undefined;
  }
  return path;
}
