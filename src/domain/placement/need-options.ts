/** What a child needs from a household: the same tags households' expertise uses. */
export const needTags = ["trauma", "lvb", "autisme", "medisch", "babys", "tieners", "amv"] as const;
export type NeedTag = (typeof needTags)[number];

export const needTagLabels: Record<NeedTag, string> = {
  trauma: "Traumasensitief opvoeden",
  lvb: "Licht verstandelijke beperking (LVB)",
  autisme: "Autisme",
  medisch: "Medische zorg",
  babys: "Baby's",
  tieners: "Tieners",
  amv: "Alleenstaande minderjarige vreemdelingen",
};

/** Households a child cannot live with: hard filters in matching. */
export const exclusions = [
  "geen_huisdieren",
  "niet_roken",
  "geen_jonge_kinderen",
  "geen_andere_kinderen",
] as const;
export type Exclusion = (typeof exclusions)[number];

export const exclusionLabels: Record<Exclusion, string> = {
  geen_huisdieren: "Geen huisdieren",
  niet_roken: "Niet roken in huis",
  geen_jonge_kinderen: "Geen kinderen jonger dan 6 in huis",
  geen_andere_kinderen: "Geen andere kinderen in huis",
};

/** Languages a child may speak besides Dutch (ISO 639 codes), as households record them. */
export const childLanguages = [
  "en",
  "ar",
  "tr",
  "pl",
  "ti",
  "so",
  "fa",
  "uk",
  "fr",
  "de",
  "es",
  "pap",
] as const;
export type ChildLanguage = (typeof childLanguages)[number];

export const languageLabels: Record<ChildLanguage | "nl", string> = {
  nl: "Nederlands",
  en: "Engels",
  ar: "Arabisch",
  tr: "Turks",
  pl: "Pools",
  ti: "Tigrinya",
  so: "Somalisch",
  fa: "Perzisch",
  uk: "Oekraïens",
  fr: "Frans",
  de: "Duits",
  es: "Spaans",
  pap: "Papiaments",
};

export const childGenders = ["girl", "boy", "other"] as const;
export type ChildGender = (typeof childGenders)[number];

export const childGenderLabels: Record<ChildGender, string> = {
  girl: "Meisje",
  boy: "Jongen",
  other: "Anders of niet gezegd",
};
