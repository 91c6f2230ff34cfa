import { z } from "zod";
import { emailField } from "../auth/sign-in";
import { optionalCalendarDate } from "../calendar-date";
import { phoneSchema } from "../phone";
import { rowVersion } from "../row-version";
import { multilineText, textLine } from "../text";
import { type ExpertiseTag, expertiseTags } from "./expertise";
import { householdCultureField } from "./household-culture";
import type { CareForm, HouseholdKind } from "./labels";

export const householdKinds = ["foster_family", "family_home", "support_family"] as const;
export const careFormValues = ["crisis", "short_term", "long_term", "part_time"] as const;

/** Which household an applicant becomes, by what they applied as. */
export const householdKindOf = {
  foster: "foster_family",
  family_home: "family_home",
  support: "support_family",
} as const satisfies Record<string, HouseholdKind>;

const wholeNumber = (label: string, min: number, max: number) =>
  z
    .number({ error: `Vul bij ${label} een heel getal in.` })
    .int(`Vul bij ${label} een heel getal in.`)
    .min(min, `${label} is minstens ${min}.`)
    .max(max, `${label} is hoogstens ${max}.`);

/** "4, 9 en 12" → [4, 9, 12]; anything else than ages 0–30 is refused. */
const childrenAges = textLine()
  .max(100, "Vul hoogstens een paar leeftijden in.")
  .nullish()
  .transform((value, ctx) => {
    const parts = (value ?? "").split(/\s*[,;]\s*|\s+en\s+|\s+/).filter(Boolean);
    const ages = parts.map(Number);
    if (ages.some((age) => !Number.isInteger(age) || age < 0 || age > 30)) {
      ctx.addIssue({ code: "custom", message: "Vul leeftijden in als hele getallen, bijvoorbeeld 4, 9." });
      return z.NEVER;
    }
    return ages;
  });

/** "nl, en" → ["nl", "en"]: two-letter language codes, Dutch when left empty. */
const languages = textLine()
  .max(60, "Vul hoogstens een paar talen in.")
  .nullish()
  .transform((value, ctx) => {
    const codes = (value ?? "")
      .toLowerCase()
      .split(/[\s,;]+/)
      .filter(Boolean);
    if (codes.some((code) => !/^[a-z]{2}$/.test(code))) {
      ctx.addIssue({ code: "custom", message: "Vul talen in als tweeletterige codes, bijvoorbeeld nl, en." });
      return z.NEVER;
    }
    return codes.length > 0 ? [...new Set(codes)] : ["nl"];
  });

/** The approval form: everything the capacity register holds for a household, plus its contact. */
export const approvalSchema = z
  .object({
    applicationId: z.uuid("Deze aanmelding bestaat niet."),
    expectedVersion: rowVersion,
    kind: z.enum(householdKinds, { error: "Kies wat voor gezin het wordt." }),
    careForms: z
      .array(z.enum(careFormValues, { error: "Kies zorgvormen uit de lijst." }))
      .min(1, "Kies minstens één zorgvorm."),
    placesTotal: wholeNumber("plekken", 1, 12),
    placesFree: wholeNumber("vrije plekken", 0, 12),
    maxSiblingGroup: wholeNumber("broers en zussen samen", 1, 12),
    ageMin: wholeNumber("leeftijd vanaf", 0, 23),
    ageMax: wholeNumber("leeftijd tot en met", 0, 23),
    availableFrom: optionalCalendarDate,
    availableUntil: optionalCalendarDate,
    expertise: z.array(z.enum(expertiseTags, { error: "Kies expertise uit de lijst." })).default([]),
    languages,
    childrenAges,
    hasPets: z.boolean(),
    smoking: z.boolean(),
    accessibleHome: z.boolean(),
    ownBedroom: z.boolean(),
    openPastEighteen: z.boolean(),
    maxTravelKm: wholeNumber("reisafstand", 1, 200),
    postcode4: z
      .string({ error: "Vul de 4 cijfers van de postcode in." })
      .trim()
      .regex(/^[1-9]\d{3}$/, "Vul de 4 cijfers van de postcode in, bijvoorbeeld 3511."),
    municipality: textLine({ error: "Vul de gemeente in." })
      .min(1, "Vul de gemeente in.")
      .max(100, "De gemeente mag hoogstens 100 tekens lang zijn."),
    contactName: textLine({ error: "Vul de naam in." })
      .min(1, "Vul de naam in.")
      .max(200, "De naam mag hoogstens 200 tekens lang zijn."),
    contactEmail: emailField("Vul het e-mailadres in."),
    contactPhone: phoneSchema,
    religionCulture: householdCultureField,
    approvalNote: multilineText()
      .max(2000, "Houd de notitie kort: hoogstens 2000 tekens.")
      .nullish()
      .transform((value) => value || null),
  })
  .superRefine((value, ctx) => {
    if (value.placesFree > value.placesTotal)
      ctx.addIssue({
        code: "custom",
        path: ["placesFree"],
        message: "Er kunnen niet meer plekken vrij zijn dan er zijn.",
      });
    if (value.ageMax < value.ageMin)
      ctx.addIssue({
        code: "custom",
        path: ["ageMax"],
        message: "De hoogste leeftijd is lager dan de laagste.",
      });
    if (value.availableFrom && value.availableUntil && value.availableUntil < value.availableFrom)
      ctx.addIssue({
        code: "custom",
        path: ["availableUntil"],
        message: "Deze datum ligt voor ‘beschikbaar vanaf’.",
      });
  });

export type ApprovalInput = z.output<typeof approvalSchema>;

/** What the form shows before the recruiter edits it, in the form's own terms. */
export interface CapacityPrefill {
  kind: HouseholdKind;
  careForms: CareForm[];
  placesTotal: number;
  placesFree: number;
  maxSiblingGroup: number;
  ageMin: number;
  ageMax: number;
  availableFrom: string;
  expertise: ExpertiseTag[];
  languages: string[];
  childrenAges: number[];
  hasPets: boolean;
  smoking: boolean;
  accessibleHome: boolean;
  ownBedroom: boolean;
  openPastEighteen: boolean;
  maxTravelKm: number;
  postcode4: string;
  municipality: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
}

export interface ApplicationForPrefill {
  firstName: string | null;
  lastName: string | null;
  email: string;
  phone: string | null;
  parentTypes: readonly (keyof typeof householdKindOf)[];
  careForms: readonly CareForm[];
  householdMembers: readonly { relation: string; birthYear: number }[];
  postcode: string | null;
  municipality: string | null;
}

/** What a newly approved household usually offers, by kind (the recruiter adjusts it). */
const defaultsByKind: Record<
  HouseholdKind,
  { careForms: CareForm[]; places: number; siblings: number; ageMin: number; ageMax: number }
> = {
  foster_family: { careForms: ["long_term"], places: 1, siblings: 1, ageMin: 0, ageMax: 17 },
  family_home: { careForms: ["long_term", "short_term"], places: 4, siblings: 2, ageMin: 4, ageMax: 17 },
  support_family: { careForms: ["part_time"], places: 1, siblings: 1, ageMin: 4, ageMax: 12 },
};

/**
 * The approval form filled in from the application: what they applied as becomes the kind (the
 * heaviest form first: a family home before a foster family before a support family), their care
 * forms as they chose them, their children's ages this year, and the postcode's area. `area` is
 * the postcode-4 area the gazetteer knows for their postcode, if any.
 */
export function prefillCapacity(
  application: ApplicationForPrefill,
  area: { postcode4: string; municipality: string } | undefined,
  today: string,
): CapacityPrefill {
  const kind =
    (["family_home", "foster", "support"] as const)
      .filter((type) => application.parentTypes.includes(type))
      .map((type) => householdKindOf[type])[0] ?? "foster_family";
  const defaults = defaultsByKind[kind];
  const thisYear = Number(today.slice(0, 4));
  return {
    kind,
    careForms: application.careForms.length > 0 ? [...application.careForms] : defaults.careForms,
    placesTotal: defaults.places,
    placesFree: defaults.places,
    maxSiblingGroup: defaults.siblings,
    ageMin: defaults.ageMin,
    ageMax: defaults.ageMax,
    availableFrom: today,
    expertise: [],
    languages: ["nl"],
    childrenAges: application.householdMembers
      .filter((member) => member.relation === "child")
      .map((member) => Math.max(0, thisYear - member.birthYear))
      .sort((a, b) => a - b),
    hasPets: false,
    smoking: false,
    accessibleHome: false,
    ownBedroom: true,
    openPastEighteen: false,
    maxTravelKm: 25,
    postcode4: area?.postcode4 ?? application.postcode?.slice(0, 4) ?? "",
    municipality: area?.municipality ?? application.municipality ?? "",
    contactName: [application.firstName, application.lastName].filter(Boolean).join(" "),
    contactEmail: application.email,
    contactPhone: application.phone ?? "",
  };
}

/** Why app.approve_applicant refused (SQLSTATE OH422, its detail), in the recruiter's words. */
export const refusedApprovalMessages: Record<string, { message: string; field?: string }> = {
  already_approved: { message: "Deze aanmelder is al goedgekeurd en staat in het aanbod." },
  not_at_decision: { message: "Goedkeuren kan alleen in de fase Besluit." },
  decision_missing: { message: "Leg eerst het schriftelijke besluit ‘geschikt’ met de reden vast." },
  application_ended: { message: "Deze aanmelding is beëindigd of staat in de wacht." },
  kind_not_applied_for: {
    message: "Kies een soort gezin waarvoor deze aanmelder zich heeft aangemeld.",
    field: "kind",
  },
};
