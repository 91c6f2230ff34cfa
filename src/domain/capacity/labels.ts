export type HouseholdKind = "foster_family" | "family_home" | "support_family";
export type CareForm = "crisis" | "short_term" | "long_term" | "part_time";
export type HouseholdStatus = "active" | "paused" | "inactive";

export const householdKindLabels: Record<HouseholdKind, string> = {
  foster_family: "Pleeggezin",
  family_home: "Gezinshuis",
  support_family: "Steungezin",
};

export const careFormLabels: Record<CareForm, string> = {
  crisis: "Crisisopvang",
  short_term: "Kortdurend",
  long_term: "Langdurig",
  part_time: "Deeltijd",
};

export const householdStatusLabels: Record<HouseholdStatus, string> = {
  active: "Actief",
  paused: "Gepauzeerd",
  inactive: "Inactief",
};

export const householdKindPluralLabels: Record<HouseholdKind, string> = {
  foster_family: "pleeggezinnen",
  family_home: "gezinshuizen",
  support_family: "steungezinnen",
};
