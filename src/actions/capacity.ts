import { defineAction } from "astro:actions";
import { confirmAvailabilitySchema, updateAvailabilitySchema } from "../domain/capacity/availability-form";
import { getApp } from "../server/app";
import { confirmHouseholdAvailability } from "../server/capacity/confirm-household-availability";
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
};
