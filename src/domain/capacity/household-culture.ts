import { z } from "zod";
import { textLine } from "../text";

export const householdCultureLabel = "Religie of cultuur (niet verplicht)";

/** A household's religion or culture as its recruiter records it; empty clears it. */
export const householdCultureField = textLine()
  .max(60, "Vul hoogstens 60 tekens in.")
  .nullish()
  .transform((value) => value || null);

export const householdCultureSchema = z.object({
  householdId: z.uuid("Dit gezin bestaat niet."),
  religionCulture: householdCultureField,
});

export type HouseholdCultureInput = z.output<typeof householdCultureSchema>;
