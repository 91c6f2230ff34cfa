import { z } from "zod";
import { emailField } from "../auth/sign-in";
import { type FormMessages, nlFormMessages } from "../i18n/dictionaries/nl-form-messages";
import { phoneField } from "../phone";
import { multilineText, textLine } from "../text";
import { dateOfBirthProblem } from "./age";
import {
  careForms,
  type HeardVia,
  type HouseholdRelation,
  heardViaOptions,
  householdRelations,
  maxHousemates,
  parentTypes,
} from "./options";

/** Astro hands an empty form field over as null, so `missing` is also the message for an empty field. */
const boundedText = (
  max: number,
  tooLong: string,
  missing?: string,
  { multiline = false, unstorable = nlFormMessages.unstorable } = {},
) =>
  (multiline ? multilineText : textLine)(missing ? { error: missing } : undefined, unstorable).max(
    max,
    tooLong,
  );

const requiredText = (
  max: number,
  { missing, tooLong }: { missing: string; tooLong: string },
  unstorable: string,
  multiline = false,
) => boundedText(max, tooLong, missing, { multiline, unstorable }).pipe(z.string().min(1, missing));

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

const currentYear = () => new Date().getUTCFullYear();

const compactPostcode = (value: string) => value.replace(/\s+/g, "").toUpperCase();

/**
 * The application form's schemas with their messages in one language: the same checks for every
 * language, so what is stored does not depend on the page it came from.
 */
export function applicationSchemas(messages: FormMessages = nlFormMessages) {
  const t = messages.application;
  const { unstorable } = messages;

  const dateOfBirth = textLine({ error: t.dateOfBirth.missing }, unstorable)
    .min(1, t.dateOfBirth.missing)
    .transform((value, ctx) => {
      const date = parseDutchDate(value);
      const today = new Date();
      if (!date || date > today) {
        ctx.addIssue({ code: "custom", message: date ? t.dateOfBirth.inFuture : t.dateOfBirth.invalid });
        return z.NEVER;
      }
      const problem = dateOfBirthProblem(date, today, t.dateOfBirth);
      if (problem) {
        ctx.addIssue({ code: "custom", message: problem });
        return z.NEVER;
      }
      return date;
    });

  const aboutYou = z.object({
    firstName: requiredText(100, t.firstName, unstorable),
    lastName: requiredText(100, t.lastName, unstorable),
    email: emailField(undefined, messages),
    phone: phoneField(messages),
    dateOfBirth,
    /** Honeypot: people never see it; bots fill it in. */
    website: z.string().optional(),
  });

  const household = z
    .object({
      relation: z.array(z.string()).default([]),
      birthYear: z.array(z.string()).default([]),
      /** "Nog een huisgenoot toevoegen": save, and come back with an empty row more. */
      addHousemate: z.literal("ja").optional(),
    })
    .refine((value) => value.relation.length <= maxHousemates && value.birthYear.length <= maxHousemates, {
      message: t.household.tooMany(maxHousemates),
      path: ["member-0"],
    })
    .transform((value, ctx) => {
      const members: HouseholdMember[] = [];
      const rows = Math.max(value.relation.length, value.birthYear.length);
      for (let row = 0; row < rows; row++) {
        const relation = value.relation[row] ?? "";
        const birthYearText = (value.birthYear[row] ?? "").trim();
        if (!relation && !birthYearText) continue;
        const birthYear = Number(birthYearText);
        const problem = (message: string) =>
          ctx.addIssue({ code: "custom", path: [`member-${row}`], message });
        if (!householdRelations.includes(relation as never)) {
          problem(t.household.chooseRelation(row + 1));
          continue;
        }
        // The error sits in the housemate's own fieldset ("Huisgenoot 2"); the message says who that is.
        const whose = t.household.whose[relation as HouseholdRelation];
        if (!birthYearText) {
          problem(t.household.birthYearMissing(whose));
        } else if (!/^\d{4}$/.test(birthYearText)) {
          problem(t.household.birthYearFormat(whose));
        } else if (birthYear < 1900 || birthYear > currentYear()) {
          problem(t.household.birthYearRange(birthYearText, whose, currentYear()));
        } else {
          members.push({ relation: relation as HouseholdRelation, birthYear });
        }
      }
      return { members, addHousemate: value.addHousemate === "ja", rowsPosted: rows };
    });

  const interest = z.object({
    parentTypes: z.array(z.enum(parentTypes)).min(1, t.parentTypes),
    careForms: z.array(z.enum(careForms)).default([]),
  });

  const address = z.object({
    postcode: textLine({ error: t.postcode.missing }, unstorable)
      .min(1, t.postcode.missing)
      .transform(compactPostcode)
      .pipe(
        z
          .string()
          .regex(/^[1-9][0-9]{3}[A-Z]{2}$/, t.postcode.invalid)
          .refine((value) => !/(SA|SD|SS)$/.test(value), t.postcode.invalid),
      ),
    houseNumber: textLine({ error: t.houseNumber.missing }, unstorable)
      .min(1, t.houseNumber.missing)
      .max(12, t.houseNumber.tooLong)
      .regex(/^[1-9][0-9]{0,4}(\s?[a-zA-Z]{1,2}|[-\s]?[0-9a-zA-Z]{1,4})?$/, t.houseNumber.invalid),
    /** The postcode the visitor was told we do not know, and chose to keep. */
    keepUnknownPostcode: z.string().max(10).transform(compactPostcode).optional(),
  });

  const other: HeardVia = "Anders";
  const availability = z
    .object({
      availability: requiredText(2000, t.availability, unstorable, true),
      heardVia: z.enum(heardViaOptions, { error: t.heardVia }).optional(),
      /** "Anders, namelijk": kept only with "Anders"; on its own it means "Anders". */
      heardViaOther: boundedText(200, t.heardViaOther, undefined, { unstorable }).optional(),
    })
    .transform((value, ctx): { availability: string; heardVia: HeardVia; heardViaOther?: string } => {
      const otherText = value.heardViaOther?.trim() || undefined;
      const heardVia = value.heardVia ?? (otherText ? other : undefined);
      if (!heardVia) {
        ctx.addIssue({ code: "custom", path: ["heardVia"], message: t.heardVia });
        return z.NEVER;
      }
      return {
        availability: value.availability,
        heardVia,
        heardViaOther: heardVia === other ? otherText : undefined,
      };
    });

  const submit = z.object({
    privacyConsent: z.literal("ja", { error: t.privacyConsent }),
  });

  return { aboutYou, household, interest, address, availability, submit };
}

export const {
  aboutYou: aboutYouSchema,
  household: householdSchema,
  interest: interestSchema,
  address: addressSchema,
  availability: availabilitySchema,
  submit: submitSchema,
} = applicationSchemas();

export const privacyStatementVersion = "2026-11";

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
export interface HouseholdMember {
  relation: HouseholdRelation;
  birthYear: number;
}
export type Interest = z.infer<typeof interestSchema>;
export type Address = z.infer<typeof addressSchema>;
export type Availability = z.infer<typeof availabilitySchema>;
