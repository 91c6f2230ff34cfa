import { z } from "zod";
import type { ParentType } from "../applications/options";
import { emailField } from "../auth/sign-in";
import { type FormMessages, nlFormMessages } from "../i18n/dictionaries/nl-form-messages";
import { phoneField } from "../phone";
import { textLine } from "../text";
import { interests } from "./labels";

/** Registering for an information evening, with the messages in one language. */
export const registrationSchemaFor = (messages: FormMessages) => {
  const t = messages.evening;
  return z.object({
    eveningId: z.uuid(t.unknown),
    firstName: textLine({ error: t.firstName.missing }, messages.unstorable)
      .min(1, t.firstName.missing)
      .max(100, t.firstName.tooLong),
    email: emailField(undefined, messages),
    phone: phoneField(messages),
    interest: z.enum(interests, { error: t.interest }).optional(),
    /** Left empty by people; filled in by bots that fill in every field. */
    website: z.string().max(500).optional(),
  });
};

export const registrationSchema = registrationSchemaFor(nlFormMessages);

export type Registration = z.output<typeof registrationSchema>;

/** The parent types to note on the application: none when they are not sure yet. */
export function interestedParentTypes(interest: Registration["interest"]): ParentType[] {
  return interest && interest !== "unsure" ? [interest] : [];
}

export const cancelTokenSchema = textLine({ error: "Deze afmeldlink is niet compleet." }).regex(
  /^[A-Za-z0-9_-]{32,128}$/,
  "Deze afmeldlink is niet compleet. Kopieer de hele link uit de e-mail.",
);
