import { z } from "zod";
import { textLine } from "../text";

/** An email address field; `missing` says whose address is asked for when it is left empty. */
export const emailField = (missing = "Vul je e-mailadres in.") =>
  textLine({ error: missing })
    .min(1, missing)
    .max(254, "Dit e-mailadres is te lang.")
    .pipe(z.email("Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl."))
    .transform((email) => email.toLowerCase());

export const emailSchema = emailField();

export const requestCodeSchema = z.object({
  email: emailSchema,
  next: z.string().optional(),
});

export const verifyCodeSchema = z.object({
  email: emailSchema,
  code: textLine({ error: "Vul de code uit de e-mail in." })
    .transform((code) => code.replace(/\s+/g, ""))
    .pipe(z.string().regex(/^\d{6}$/, "De code bestaat uit 6 cijfers.")),
  next: z.string().optional(),
});

export const verifyFailureMessages = {
  invalid: "Deze code klopt niet of is al gebruikt. Controleer de code of vraag een nieuwe aan.",
  expired: "Deze code is verlopen. Vraag een nieuwe code aan.",
  too_many_attempts: "Te veel pogingen met deze code. Vraag een nieuwe code aan.",
  // Any address can get here, known or not: codes go out to every address that asks.
  locked:
    "Er is te vaak een verkeerde code ingevuld voor dit e-mailadres. Inloggen met een code kan daarom tot morgen niet; gebruik de inloglink uit een nieuwe e-mail.",
} as const;

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
