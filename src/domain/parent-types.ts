/** The three ways to give a child a home: foster parent, family-home parent, support parent. */
export const parentTypes = ["foster", "family_home", "support"] as const;

export type ParentType = (typeof parentTypes)[number];
