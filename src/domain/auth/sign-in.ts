import { z } from "zod";

export const emailSchema = z
  .string({ error: "Vul je e-mailadres in." })
  .trim()
  .min(1, "Vul je e-mailadres in.")
  .max(254, "Dit e-mailadres is te lang.")
  .pipe(z.email("Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl."))
  .transform((email) => email.toLowerCase());

export const requestCodeSchema = z.object({
  email: emailSchema,
  next: z.string().optional(),
});

export const verifyCodeSchema = z.object({
  email: emailSchema,
  code: z
    .string({ error: "Vul de code uit de e-mail in." })
    .transform((code) => code.replace(/\s+/g, ""))
    .pipe(z.string().regex(/^\d{6}$/, "De code bestaat uit 6 cijfers.")),
  next: z.string().optional(),
});

export const verifyFailureMessages = {
  invalid: "Deze code klopt niet of is al gebruikt. Controleer de code of vraag een nieuwe aan.",
  expired: "Deze code is verlopen. Vraag een nieuwe code aan.",
  too_many_attempts: "Te veel pogingen met deze code. Vraag een nieuwe code aan.",
} as const;

/** Only same-site paths, so a crafted link cannot send someone elsewhere after signing in. */
export function safeNextPath(next: string | undefined | null): string | undefined {
  // Browsers drop tabs and newlines and read "\" as "/", so "/\t/evil.example" is really "//evil.example".
  if (!next?.startsWith("/") || next.includes("\\") || [...next].some((char) => char.charCodeAt(0) < 32)) {
    return undefined;
  }
  const base = "http://openhuis.invalid";
  try {
    const url = new URL(next, base);
    return url.origin === base ? `${url.pathname}${url.search}${url.hash}` : undefined;
  } catch {
    return undefined;
  }
}
