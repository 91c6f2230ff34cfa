import { z } from "zod";
import { optionalCalendarDate } from "../calendar-date";

const householdFields = {
  householdId: z.uuid("Dit gezin bestaat niet."),
  /** The version the page showed: a change made by someone else since then is refused. */
  expectedVersion: z.number().int().min(0),
};

/** "Klopt nog": confirm the availability exactly as shown. */
export const confirmAvailabilitySchema = z.object(householdFields);

/** A household's availability now; the database checks free places against the places it has. */
export const updateAvailabilitySchema = z
  .object({
    ...householdFields,
    placesFree: z
      .number({ error: "Vul het aantal vrije plekken in als getal." })
      .int("Vul een heel aantal vrije plekken in.")
      .min(0, "Het aantal vrije plekken kan niet negatief zijn.")
      .max(12, "Een gezin heeft hoogstens 12 plekken."),
    availableFrom: optionalCalendarDate,
    availableUntil: optionalCalendarDate,
    status: z.enum(["active", "paused"], { error: "Kies of het gezin beschikbaar is of gepauzeerd." }),
  })
  .refine(
    (form) => !form.availableFrom || !form.availableUntil || form.availableUntil >= form.availableFrom,
    {
      message: "De einddatum ligt voor de begindatum.",
      path: ["availableUntil"],
    },
  );

export type UpdateAvailability = z.output<typeof updateAvailabilitySchema>;

/** The database's refusals (SQLSTATE OH422 detail) as a message at the field concerned. */
export const refusedAvailabilityMessages: Record<string, { field?: string; message: string }> = {
  household_inactive: {
    message: "Dit gezin staat op inactief. Neem contact op met de organisatie om het weer actief te maken.",
  },
  status_not_allowed: { field: "status", message: "Kies of het gezin beschikbaar is of gepauzeerd." },
  places_free_out_of_range: {
    field: "placesFree",
    message: "Er kunnen niet meer plekken vrij zijn dan het gezin heeft.",
  },
  until_before_from: { field: "availableUntil", message: "De einddatum ligt voor de begindatum." },
};

export const availabilityFieldLabels = {
  placesFree: "Vrije plekken",
  availableFrom: "Beschikbaar vanaf",
  availableUntil: "Beschikbaar tot en met",
  status: "Beschikbaarheid",
};
