import { z } from "zod";
import type { ParentType } from "../applications/options";
import { emailSchema } from "../auth/sign-in";
import { phoneSchema } from "../phone";
import { textLine } from "../text";
import { interests } from "./labels";

export const registrationSchema = z.object({
  eveningId: z.uuid("Deze bijeenkomst bestaat niet."),
  firstName: textLine({ error: "Vul je voornaam in." })
    .min(1, "Vul je voornaam in.")
    .max(100, "Je voornaam mag hoogstens 100 tekens hebben."),
  email: emailSchema,
  phone: phoneSchema,
  interest: z.enum(interests, { error: "Kies een van de mogelijkheden." }).optional(),
  /** Left empty by people; filled in by bots that fill in every field. */
  website: z.string().max(500).optional(),
});

export type Registration = z.output<typeof registrationSchema>;

export const registrationFieldLabels: Record<"firstName" | "email" | "phone" | "interest", string> = {
  firstName: "Voornaam",
  email: "E-mailadres",
  phone: "Telefoonnummer",
  interest: "Wat spreekt je aan",
};

/** The parent types to note on the application: none when they are not sure yet. */
export function interestedParentTypes(interest: Registration["interest"]): ParentType[] {
  return interest && interest !== "unsure" ? [interest] : [];
}

export const cancelTokenSchema = textLine({ error: "Deze afmeldlink is niet compleet." }).regex(
  /^[A-Za-z0-9_-]{32,128}$/,
  "Deze afmeldlink is niet compleet. Kopieer de hele link uit de e-mail.",
);
