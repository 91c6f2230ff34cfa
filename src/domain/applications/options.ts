export const parentTypes = ["foster", "family_home", "support"] as const;
export type ParentType = (typeof parentTypes)[number];

export const parentTypeLabels: Record<ParentType, string> = {
  foster: "Pleegouder",
  family_home: "Gezinshuisouder",
  support: "Steunouder",
};

export const careForms = ["crisis", "short_term", "long_term", "part_time"] as const;
export type CareFormChoice = (typeof careForms)[number];

export const careFormDescriptions: Record<CareFormChoice, string> = {
  crisis: "Crisisopvang: dezelfde dag, tot ongeveer 4 weken",
  short_term: "Kortdurend: 6 tot 12 maanden, tot duidelijk is waar een kind kan opgroeien",
  long_term: "Langdurig: een kind groeit bij jullie op, tot 18 jaar of langer",
  part_time: "Deeltijd: weekenden, vakanties of dagdelen",
};

export const householdRelations = ["partner", "child", "other"] as const;
export type HouseholdRelation = (typeof householdRelations)[number];

export const householdRelationLabels: Record<HouseholdRelation, string> = {
  partner: "Partner",
  child: "Kind",
  other: "Andere huisgenoot",
};

export const heardViaOptions = [
  "Social media",
  "Familie, vrienden of kennissen",
  "Informatiebijeenkomst",
  "Krant, radio of tv",
  "School, kerk, moskee of vereniging",
  "Zoekmachine",
  "Anders",
] as const;
export type HeardVia = (typeof heardViaOptions)[number];

/** "Anders: een podcast" when the applicant said more than the choice. */
export const heardViaWithDetail = (label: string, detail: string | null | undefined) =>
  detail ? `${label}: ${detail}` : label;

/** The most housemates the household step takes (one row is added at a time). */
export const maxHousemates = 12;
