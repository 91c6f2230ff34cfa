import type { CareForm, HouseholdKind } from "../capacity/labels";

/**
 * The steps of the ladder local teams are asked to climb one at a time, lightest first: a support
 * family while the child lives at home, part-time foster care, full-time foster care, a family home.
 */
export const guideSteps = ["support", "part_time", "foster", "family_home"] as const;
export type GuideStep = (typeof guideSteps)[number];

/** What the guide lists per organisation: foster care per care form, the other kinds as one form each. */
export const guideForms = [
  "support",
  "part_time_foster",
  "short_term_foster",
  "long_term_foster",
  "crisis_foster",
  "family_home",
] as const;
export type GuideForm = (typeof guideForms)[number];

export const stepOfForm: Record<GuideForm, GuideStep> = {
  support: "support",
  part_time_foster: "part_time",
  short_term_foster: "foster",
  long_term_foster: "foster",
  crisis_foster: "foster",
  family_home: "family_home",
};

const fosterForms: Record<CareForm, GuideForm> = {
  part_time: "part_time_foster",
  short_term: "short_term_foster",
  long_term: "long_term_foster",
  crisis: "crisis_foster",
};

/** The guide's form of a counted group: the database returns a care form for foster care only. */
export function guideFormOf(kind: HouseholdKind, careForm: CareForm | null): GuideForm | null {
  if (kind === "support_family") return "support";
  if (kind === "family_home") return "family_home";
  return careForm ? fosterForms[careForm] : null;
}

export const guideFormLabels: Record<GuideForm, string> = {
  support: "Steunouders (steungezin)",
  part_time_foster: "Deeltijdpleegzorg",
  short_term_foster: "Kortdurende pleegzorg",
  long_term_foster: "Langdurige pleegzorg",
  crisis_foster: "Crisisopvang in een pleeggezin",
  family_home: "Gezinshuis",
};

/** Per step: its name, how a sentence names it ("begin met een steunouder") and what it is. */
export const guideStepTexts: Record<GuideStep, { title: string; phrase: string; text: string }> = {
  support: {
    title: "Steunouder",
    phrase: "een steunouder",
    text: "Het kind woont thuis. Een vast steungezin in de buurt neemt het bijvoorbeeld een weekend per maand of een middag per week op, zodat de ouders op adem komen.",
  },
  part_time: {
    title: "Deeltijdpleegzorg",
    phrase: "deeltijdpleegzorg",
    text: "Het kind woont grotendeels thuis en een deel van de tijd in een pleeggezin: in weekenden, vakanties of een paar dagen per week.",
  },
  foster: {
    title: "Pleegzorg",
    phrase: "pleegzorg",
    text: "Het kind woont in een pleeggezin: bij crisis meteen en kort, kortdurend zolang wordt uitgezocht wat nodig is, of langdurig tot het volwassen is.",
  },
  family_home: {
    title: "Gezinshuis",
    phrase: "een gezinshuis",
    text: "Het kind woont in een gezin waarvan een ouder zorgprofessional is, voor kinderen die meer zorg en begeleiding nodig hebben dan een pleeggezin kan geven.",
  },
};
