/** The expertise tags a household can offer (DOMAIN.md, "Capacity"), as stored in households.expertise. */
export const expertiseTags = ["trauma", "lvb", "autisme", "medisch", "babys", "tieners", "amv"] as const;
export type ExpertiseTag = (typeof expertiseTags)[number];

export const expertiseLabels: Record<ExpertiseTag, string> = {
  trauma: "Trauma",
  lvb: "Licht verstandelijke beperking (LVB)",
  autisme: "Autisme",
  medisch: "Medische zorg",
  babys: "Baby's",
  tieners: "Tieners",
  amv: "Alleenstaande minderjarige vreemdelingen",
};
