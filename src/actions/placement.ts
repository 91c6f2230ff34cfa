import { defineAction } from "astro:actions";
import { cancelNeedSchema, createNeedSchema, updateNeedSchema } from "../domain/placement/need-form";
import { getApp } from "../server/app";
import { cancelPlacementNeed } from "../server/placement/cancel-placement-need";
import { createPlacementNeed } from "../server/placement/create-placement-need";
import { updatePlacementNeed } from "../server/placement/update-placement-need";
import { requireClaims } from "./action-context";
import { asAction } from "./user-errors";

export const placement = {
  createNeed: defineAction({
    accept: "form",
    input: createNeedSchema,
    handler: async (input, context) => {
      const claims = requireClaims(context);
      const { db, geocoder } = await getApp();
      return { id: await asAction(() => createPlacementNeed(db, geocoder, claims, input)) };
    },
  }),

  updateNeed: defineAction({
    accept: "form",
    input: updateNeedSchema,
    handler: async (input, context) => {
      const claims = requireClaims(context);
      const { db, geocoder } = await getApp();
      await asAction(() => updatePlacementNeed(db, geocoder, claims, input));
      return { id: input.id };
    },
  }),

  cancelNeed: defineAction({
    accept: "form",
    input: cancelNeedSchema,
    handler: async ({ id, reason }, context) => {
      const claims = requireClaims(context);
      const { db } = await getApp();
      await asAction(() => cancelPlacementNeed(db, claims, id, reason));
      return { id };
    },
  }),
};
