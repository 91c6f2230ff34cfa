import { z } from "zod";
import { calendarDate } from "../calendar-date";
import type { CareForm } from "../capacity/labels";
import { amsterdamDate } from "../evenings/amsterdam-time";
import { textLine } from "../text";
import type { Urgency } from "./labels";
import { type NeedLocation, needLocationField } from "./need-location";
import { type ChildGender, childGenders, childLanguages, exclusions, needTags } from "./need-options";

const careForms = ["crisis", "short_term", "long_term", "part_time"] as const satisfies readonly CareForm[];
const urgencies = ["crisis_today", "within_days", "regular"] as const satisfies readonly Urgency[];

const wholeNumber = (missing: string, min: number, max: number, outOfRange: string) =>
  z.number({ error: missing }).int(missing).min(min, outOfRange).max(max, outOfRange);

const needFields = {
  reference: textLine({ error: "Vul een kenmerk in." })
    .transform((value) => value.toUpperCase())
    .pipe(
      z
        .string()
        .regex(
          /^[A-Z0-9-]{4,20}$/,
          "Gebruik 4 tot 20 letters, cijfers of streepjes, bijvoorbeeld PV-2026-0123. Nooit de naam van het kind.",
        ),
    ),
  childAge: wholeNumber(
    "Vul de leeftijd in hele jaren in.",
    0,
    17,
    "Vul een leeftijd van 0 tot en met 17 jaar in.",
  ),
  childGender: z.enum(childGenders, { error: "Kies een van de opties." }).optional(),
  siblingCount: wholeNumber(
    "Vul het aantal broers en zussen in als getal.",
    0,
    8,
    "Vul een aantal broers en zussen van 0 tot en met 8 in.",
  ),
  siblingsTogether: z.boolean(),
  urgency: z.enum(urgencies, { error: "Kies hoe urgent de plaatsing is." }),
  startDate: calendarDate,
  careForm: z.enum(careForms, { error: "Kies een zorgvorm." }),
  expectedDuration: textLine().max(120, "Gebruik hoogstens 120 tekens.").optional(),
  schoolLocation: needLocationField,
  parentsLocation: needLocationField,
  maxDistanceKm: wholeNumber(
    "Vul de afstand in hele kilometers in.",
    1,
    200,
    "Vul een afstand van 1 tot en met 200 kilometer in.",
  ),
  needs: z.array(z.enum(needTags, { error: "Kies uit de lijst." })).default([]),
  needsAccessibleHome: z.boolean(),
  exclusions: z.array(z.enum(exclusions, { error: "Kies uit de lijst." })).default([]),
  languages: z.array(z.enum(childLanguages, { error: "Kies uit de lijst." })).default([]),
  cultureWish: textLine().max(60, "Gebruik hoogstens 60 tekens.").optional(),
  expectedPastEighteen: z.boolean(),
  courtOrdered: z.boolean(),
};

type NeedFields = z.output<z.ZodObject<typeof needFields>>;

/** A placement need as the database stores it; never a child's name. */
export interface PlacementNeedDetails {
  reference: string;
  childAge: number;
  childGender: ChildGender | null;
  siblingCount: number;
  siblingsTogether: boolean;
  urgency: Urgency;
  startDate: string;
  careForm: CareForm;
  expectedDuration: string | null;
  schoolLocation: NeedLocation | null;
  parentsLocation: NeedLocation | null;
  maxDistanceKm: number;
  needs: string[];
  needsAccessibleHome: boolean;
  exclusions: string[];
  languages: string[];
  cultureWish: string | null;
  expectedPastEighteen: boolean;
  courtOrdered: boolean;
}

const fieldsValid = (names: (keyof typeof needFields)[]) => (payload: { value: unknown }) =>
  z.object(Object.fromEntries(names.map((name) => [name, needFields[name]]))).safeParse(payload.value)
    .success;

// Rules across fields run once the fields they read are valid, so they show next to the other errors.
const scheduleRule = {
  check(value: NeedFields, ctx: z.RefinementCtx<NeedFields>) {
    const today = amsterdamDate(new Date());
    if (value.startDate < today) {
      ctx.addIssue({ code: "custom", path: ["startDate"], message: "Kies een startdatum vanaf vandaag." });
    } else if (value.urgency === "crisis_today" && value.startDate !== today) {
      ctx.addIssue({
        code: "custom",
        path: ["startDate"],
        message: "Een crisisplaatsing voor vandaag begint vandaag. Kies vandaag of een andere urgentie.",
      });
    }
  },
  when: fieldsValid(["startDate", "urgency"]),
};

const continuityRule = {
  check(value: NeedFields, ctx: z.RefinementCtx<NeedFields>) {
    if (value.expectedPastEighteen && value.childAge < 12) {
      ctx.addIssue({
        code: "custom",
        path: ["expectedPastEighteen"],
        message:
          "Verblijf na 18 jaar kun je aangeven vanaf 12 jaar. Haal het vinkje weg of pas de leeftijd aan.",
      });
    }
  },
  when: fieldsValid(["expectedPastEighteen", "childAge"]),
};

function toDetails(value: NeedFields): PlacementNeedDetails {
  return {
    ...value,
    childGender: value.childGender ?? null,
    siblingsTogether: value.siblingCount > 0 ? value.siblingsTogether : true,
    expectedDuration: value.expectedDuration || null,
    schoolLocation: value.schoolLocation ?? null,
    parentsLocation: value.parentsLocation ?? null,
    cultureWish: value.cultureWish || null,
  };
}

/** A new need. `id` is made when the form is shown, so a double submit records one need. */
export const createNeedSchema = z
  .object({
    ...needFields,
    id: z.uuid("Dit formulier is verlopen. Laad de pagina opnieuw."),
    organisationId: z.uuid("Kies een organisatie."),
  })
  .superRefine(scheduleRule.check, { when: scheduleRule.when })
  .superRefine(continuityRule.check, { when: continuityRule.when })
  .transform(({ id, organisationId, ...fields }) => ({ id, organisationId, ...toDetails(fields) }));

export const updateNeedSchema = z
  .object({
    ...needFields,
    id: z.uuid("Deze plaatsingsvraag bestaat niet."),
    /** The version the form was filled in on (its updated_at as text). */
    expectedUpdatedAt: z
      .string({ error: "Laad de pagina opnieuw en wijzig de vraag daarna." })
      .max(64, "Laad de pagina opnieuw en wijzig de vraag daarna."),
  })
  .superRefine(scheduleRule.check, { when: scheduleRule.when })
  .superRefine(continuityRule.check, { when: continuityRule.when })
  .transform(({ id, expectedUpdatedAt, ...fields }) => ({ id, expectedUpdatedAt, ...toDetails(fields) }));

export const cancelNeedSchema = z.object({
  id: z.uuid("Deze plaatsingsvraag bestaat niet."),
  reason: textLine({ error: "Vul de reden in." })
    .min(3, "Vul de reden in, in minstens 3 tekens.")
    .max(200, "Gebruik hoogstens 200 tekens."),
});

export type NeedFormField = keyof typeof needFields | "organisationId" | "reason";

export const needFieldLabels: Record<NeedFormField, string> = {
  reference: "Kenmerk",
  childAge: "Leeftijd",
  childGender: "Gender",
  siblingCount: "Aantal broers en zussen dat mee geplaatst moet worden",
  siblingsTogether: "Broers en zussen samen",
  urgency: "Urgentie",
  startDate: "Startdatum",
  careForm: "Zorgvorm",
  expectedDuration: "Verwachte duur",
  schoolLocation: "School",
  parentsLocation: "Ouders",
  maxDistanceKm: "Maximale afstand",
  needs: "Wat het kind nodig heeft",
  needsAccessibleHome: "Toegankelijke woning",
  exclusions: "Uitsluitingen",
  languages: "Talen",
  cultureWish: "Wens over geloof of cultuur",
  expectedPastEighteen: "Verblijf na 18 jaar",
  courtOrdered: "Juridisch kader",
  organisationId: "Organisatie",
  reason: "Reden",
};
