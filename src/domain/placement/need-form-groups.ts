/** The need form's checkbox groups: shown back as lists after a failed submit. */
export const needCheckboxGroups = [
  "siblingsTogether",
  "needs",
  "needsAccessibleHome",
  "exclusions",
  "languages",
  "expectedPastEighteen",
  "courtOrdered",
] as const;
