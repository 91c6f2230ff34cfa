import { defineAction } from "astro:actions";
import { confirmAvailabilitySchema, updateAvailabilitySchema } from "../domain/capacity/availability-form";
import { householdCultureSchema } from "../domain/capacity/household-culture";
import { getApp } from "../server/app";
import { confirmHouseholdAvailability } from "../server/capacity/confirm-household-availability";
import { setHouseholdCulture } from "../server/capacity/household-culture";
import { updateHouseholdAvailability } from "../server/capacity/update-household-availability";
import { requireClaims } from "./action-context";
import { asAction } from "./user-errors";

/** Used by a household at /mijn and by its organisation's recruiters at /werving/aanbod; the database decides who may. */
export const capacity = {
  confirmAvailability: defineAction({
    accept: "form",
    input: confirmAvailabilitySchema,
    handler: async (confirmation, context) => {
      const claims = requireClaims(context);
      const app = await getApp();
      return asAction(() => confirmHouseholdAvailability(app.db, claims, confirmation));
    },
  }),

  updateAvailability: defineAction({
    accept: "form",
    input: updateAvailabilitySchema,
    handler: async (update, context) => {
      const claims = requireClaims(context);
      const app = await getApp();
      return asAction(() => updateHouseholdAvailability(app.db, claims, update));
    },
  }),

  /** Religion or culture: only recruiters of the household's organisation (the database refuses anyone else). */
  setCulture: defineAction({
    accept: "form",
    input: householdCultureSchema,
    handler: async (input, context) => {
      const claims = requireClaims(context);
      const app = await getApp();
      return asAction(() => setHouseholdCulture(app.db, claims, input));
    },
  }),
};
