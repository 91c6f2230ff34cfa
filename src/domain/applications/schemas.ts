import { z } from "zod";
import { emailSchema } from "../auth/sign-in";
import { phoneSchema } from "../phone";
import { multilineText, textLine } from "../text";
import { dateOfBirthProblem } from "./age";
import {
  careForms,
  type HouseholdRelation,
  heardViaOptions,
  householdRelationLabels,
  householdRelations,
  householdRows,
  parentTypes,
} from "./options";

/** Astro hands an empty form field over as null, so `missing` is also the message for an empty field. */
const boundedText = (max: number, tooLong: string, missing?: string, { multiline = false } = {}) =>
  (multiline ? multilineText : textLine)(missing ? { error: missing } : undefined).max(max, tooLong);

const requiredName = (label: string) => {
  const missing = `Vul je ${label.toLowerCase()} in.`;
  return boundedText(100, `${label} mag hoogstens 100 tekens lang zijn.`, missing).pipe(
    z.string().min(1, missing),
  );
};

/** Dutch date as people type it: 15-03-1985 or 15/3/1985 (also accepts ISO 1985-03-15). */
export function parseDutchDate(input: string): Date | undefined {
  const trimmed = input.trim();
  const dutch = /^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})$/.exec(trimmed);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  const [day, month, year] = dutch
    ? [Number(dutch[1]), Number(dutch[2]), Number(dutch[3])]
    : iso
      ? [Number(iso[3]), Number(iso[2]), Number(iso[1])]
      : [];
  if (!day || !month || !year) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCDate() === day && date.getUTCMonth() === month - 1 ? date : undefined;
}

export const dateOfBirthSchema = textLine({ error: "Vul je geboortedatum in." })
  .min(1, "Vul je geboortedatum in.")
  .transform((value, ctx) => {
    const date = parseDutchDate(value);
    const today = new Date();
    if (!date || date > today) {
      ctx.addIssue({ code: "custom", message: "Vul een geldige geboortedatum in, bijvoorbeeld 15-03-1985." });
      return z.NEVER;
    }
    const problem = dateOfBirthProblem(date, today);
    if (problem) {
      ctx.addIssue({ code: "custom", message: problem });
      return z.NEVER;
    }
    return date;
  });

export const aboutYouSchema = z.object({
  firstName: requiredName("Voornaam"),
  lastName: requiredName("Achternaam"),
  email: emailSchema,
  phone: phoneSchema,
  dateOfBirth: dateOfBirthSchema,
  /** Honeypot: people never see it; bots fill it in. */
  website: z.string().optional(),
});

const currentYear = () => new Date().getUTCFullYear();

export const householdSchema = z
  .object({
    relation: z.array(z.string()).default([]),
    birthYear: z.array(z.string()).default([]),
  })
  .refine((value) => value.relation.length <= householdRows && value.birthYear.length <= householdRows, {
    message: `Vul hoogstens ${householdRows} huisgenoten in.`,
    path: ["member-0"],
  })
  .transform((value, ctx) => {
    const members: { relation: (typeof householdRelations)[number]; birthYear: number }[] = [];
    const rows = Math.max(value.relation.length, value.birthYear.length);
    for (let row = 0; row < rows; row++) {
      const relation = value.relation[row] ?? "";
      const birthYearText = (value.birthYear[row] ?? "").trim();
      if (!relation && !birthYearText) continue;
      const birthYear = Number(birthYearText);
      const problem = (message: string) => ctx.addIssue({ code: "custom", path: [`member-${row}`], message });
      if (!householdRelations.includes(relation as never)) {
        problem(`Kies wie huisgenoot ${row + 1} is.`);
        continue;
      }
      // The error sits in the housemate's own fieldset ("Huisgenoot 2"); the message says who that is.
      const whose = `je ${householdRelationLabels[relation as HouseholdRelation].toLowerCase()}`;
      if (!birthYearText) {
        problem(`Vul het geboortejaar van ${whose} in, bijvoorbeeld 2012.`);
      } else if (!/^\d{4}$/.test(birthYearText)) {
        problem(`Vul het geboortejaar van ${whose} in als 4 cijfers, bijvoorbeeld 2012.`);
      } else if (birthYear < 1900 || birthYear > currentYear()) {
        problem(
          `${birthYearText} is geen geldig geboortejaar voor ${whose}. Vul een jaar in van 1900 tot en met ${currentYear()}.`,
        );
      } else {
        members.push({ relation: relation as (typeof householdRelations)[number], birthYear });
      }
    }
    return members;
  });

export const interestSchema = z.object({
  parentTypes: z.array(z.enum(parentTypes)).min(1, "Kies minstens één manier waarop je wilt helpen."),
  careForms: z.array(z.enum(careForms)).default([]),
});

export const addressSchema = z.object({
  postcode: textLine({ error: "Vul je postcode in." })
    .min(1, "Vul je postcode in.")
    .transform((value) => value.replace(/\s+/g, "").toUpperCase())
    .pipe(
      z
        .string()
        .regex(/^[1-9][0-9]{3}[A-Z]{2}$/, "Vul een geldige postcode in, bijvoorbeeld 3511 AB.")
        .refine((value) => !/(SA|SD|SS)$/.test(value), "Vul een geldige postcode in, bijvoorbeeld 3511 AB."),
    ),
  houseNumber: textLine({ error: "Vul je huisnummer in." })
    .min(1, "Vul je huisnummer in.")
    .max(12, "Dit huisnummer is te lang.")
    .regex(
      /^[1-9][0-9]{0,4}(\s?[a-zA-Z]{1,2}|[-\s]?[0-9a-zA-Z]{1,4})?$/,
      "Vul een huisnummer in, bijvoorbeeld 12 of 12A.",
    ),
});

export const availabilitySchema = z.object({
  availability: boundedText(
    2000,
    "Houd het kort: hoogstens 2000 tekens.",
    "Vertel kort wanneer en hoeveel tijd je beschikbaar bent.",
    { multiline: true },
  ).pipe(z.string().min(1, "Vertel kort wanneer en hoeveel tijd je beschikbaar bent.")),
  heardVia: z.enum(heardViaOptions, { error: "Kies hoe je van ons hebt gehoord." }),
});

export const privacyStatementVersion = "2026-11";

export const submitSchema = z.object({
  privacyConsent: z.literal("ja", {
    error: "Je kunt je alleen aanmelden als je akkoord gaat met de privacyverklaring.",
  }),
});

export const contactDetailsSchema = aboutYouSchema.pick({ firstName: true, lastName: true, phone: true });

export const withdrawSchema = z.object({
  reason: boundedText(1000, "Houd het kort: hoogstens 1000 tekens.", undefined, {
    multiline: true,
  }).optional(),
  confirm: z.literal("ja", { error: "Vink aan dat je je aanmelding wilt intrekken." }),
  /** Consent to keep the data up to a year instead of deleting it within 4 weeks. */
  keepData: z.literal("ja").optional(),
});

export const deletionSchema = z.object({
  confirmDeletion: z.literal("ja", { error: "Vink aan dat je al je gegevens wilt laten verwijderen." }),
});

export type AboutYou = z.infer<typeof aboutYouSchema>;
export type HouseholdMember = z.infer<typeof householdSchema>[number];
export type Interest = z.infer<typeof interestSchema>;
export type Address = z.infer<typeof addressSchema>;
export type Availability = z.infer<typeof availabilitySchema>;
