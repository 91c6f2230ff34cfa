import type { GuideStep } from "./guide-forms";

/**
 * The decision aid on /voor-professionals: a GET form, so an answer is a link and works without
 * JavaScript. It always points to the lightest form the answers leave open; an answer the local team
 * does not know yet never makes the advice heavier.
 */
export const decisionAidOptions = {
  thuis: ["met-steun", "deels", "nee", "weet-niet"],
  gezin: ["ja", "meer-zorg", "weet-niet"],
} as const;

export type AtHome = (typeof decisionAidOptions.thuis)[number];
export type InAFamily = (typeof decisionAidOptions.gezin)[number];

export const decisionAidLabels: {
  thuis: Record<AtHome, string>;
  gezin: Record<InAFamily, string>;
} = {
  thuis: {
    "met-steun": "Ja, als de ouders af en toe worden ontlast (bijvoorbeeld een weekend per maand)",
    deels: "Ja, maar het kind moet een deel van de week of in vakanties ergens anders wonen",
    nee: "Nee, het kind kan nu niet thuis wonen",
    "weet-niet": "Dat weet ik nog niet",
  },
  gezin: {
    ja: "Ja, in een gewoon gezin",
    "meer-zorg": "Nee, het kind heeft meer zorg en begeleiding nodig dan een gezin kan geven",
    "weet-niet": "Dat weet ik nog niet",
  },
};

/** Each field's label (a radio group's legend) and hint, for the form and its error summary. */
export const decisionAidQuestions: Record<DecisionAidField, { label: string; hint?: string }> = {
  thuis: { label: "Kan het kind thuis blijven wonen?" },
  gezin: {
    label: "Als het kind niet thuis kan wonen: kan het in een gezin wonen?",
    hint: "Alleen nodig als het kind niet thuis kan wonen.",
  },
  leeftijd: {
    label: "Leeftijd van het kind (niet verplicht)",
    hint: "In hele jaren. Dan zie je welke organisaties gezinnen hebben voor die leeftijd.",
  },
  gemeente: {
    label: "Gemeente waar het kind woont (niet verplicht)",
    hint: "Dan zie je welke organisatie je belt.",
  },
};

export interface DecisionAidAnswers {
  thuis: AtHome;
  gezin?: InAFamily;
  leeftijd?: number;
  gemeente?: string;
}

export type DecisionAidField = "thuis" | "gezin" | "leeftijd" | "gemeente";

export type DecisionAidForm =
  | { state: "blank" }
  | {
      state: "invalid";
      /** What was sent, to show back in the fields. */
      values: Partial<Record<DecisionAidField, string>>;
      errors: Partial<Record<DecisionAidField, string>>;
    }
  | { state: "answered"; values: Partial<Record<DecisionAidField, string>>; answers: DecisionAidAnswers };

const oldestAge = 23;

const problems = {
  thuis: "Kies of het kind thuis kan blijven wonen.",
  gezin: "Kies of het kind in een gezin kan wonen, of dat je het nog niet weet.",
  leeftijd: `Vul de leeftijd in hele jaren in, van 0 tot en met ${oldestAge}, of laat het veld leeg.`,
  gemeente: "Kies een gemeente uit de lijst, of laat het veld leeg.",
};

const isOneOf = <T extends string>(options: readonly T[], value: string | undefined): value is T =>
  value !== undefined && (options as readonly string[]).includes(value);

/** Reads the aid's query; `municipalities` are the ones the region's organisations serve. */
export function readDecisionAid(query: URLSearchParams, municipalities: readonly string[]): DecisionAidForm {
  const fields: DecisionAidField[] = ["thuis", "gezin", "leeftijd", "gemeente"];
  if (!fields.some((field) => query.has(field))) return { state: "blank" };
  const values = Object.fromEntries(
    fields.flatMap((field) => {
      const value = query.get(field)?.trim();
      return value ? [[field, value.slice(0, 60)]] : [];
    }),
  ) as Partial<Record<DecisionAidField, string>>;

  const thuis = isOneOf(decisionAidOptions.thuis, values.thuis) ? values.thuis : undefined;
  const gezin = isOneOf(decisionAidOptions.gezin, values.gezin) ? values.gezin : undefined;
  const age = values.leeftijd === undefined ? undefined : readAge(values.leeftijd);
  const errors: Partial<Record<DecisionAidField, string>> = {};
  if (!thuis) errors.thuis = problems.thuis;
  if (values.gezin !== undefined && !gezin) errors.gezin = problems.gezin;
  if (age === null) errors.leeftijd = problems.leeftijd;
  if (values.gemeente !== undefined && !municipalities.includes(values.gemeente))
    errors.gemeente = problems.gemeente;
  if (!thuis || Object.keys(errors).length > 0) return { state: "invalid", values, errors };
  return {
    state: "answered",
    values,
    answers: { thuis, gezin, leeftijd: age ?? undefined, gemeente: values.gemeente },
  };
}

function readAge(typed: string): number | null {
  if (!/^\d{1,2}$/.test(typed)) return null;
  const age = Number(typed);
  return age <= oldestAge ? age : null;
}

/** The lightest step the answers leave open. */
export function adviseStep(answers: DecisionAidAnswers): GuideStep {
  switch (answers.thuis) {
    case "met-steun":
    case "weet-niet":
      return "support";
    case "deels":
      return "part_time";
    case "nee":
      return answers.gezin === "meer-zorg" ? "family_home" : "foster";
  }
}

/** Why the aid advises what it does, in the local team's own answers. */
export function adviceReason(answers: DecisionAidAnswers): string {
  switch (answers.thuis) {
    case "met-steun":
      return "Het kind kan thuis blijven wonen als de ouders af en toe worden ontlast. Een steungezin is dan de lichtste hulp die past.";
    case "weet-niet":
      return "Je weet nog niet of het kind thuis kan blijven wonen. Begin dan met de lichtste vorm en kijk samen met het gezin of die genoeg is.";
    case "deels":
      return "Het kind kan grotendeels thuis wonen, maar moet een deel van de tijd ergens anders zijn.";
    case "nee":
      if (answers.gezin === "meer-zorg")
        return "Het kind kan niet thuis wonen en heeft meer zorg en begeleiding nodig dan een gewoon gezin kan geven.";
      if (answers.gezin === "ja") return "Het kind kan niet thuis wonen, maar wel in een gewoon gezin.";
      return "Het kind kan niet thuis wonen. Of een gewoon gezin genoeg is, weet je nog niet: begin dan met pleegzorg, de lichtere vorm.";
  }
}
