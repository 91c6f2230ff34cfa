import { defineAction } from "astro:actions";
import {
  answerSchema,
  endPlacementSchema,
  placeSchema,
  proposeSchema,
  shortlistSchema,
} from "../domain/placement/workflow-forms";
import { getApp } from "../server/app";
import { answerPlacementProposal } from "../server/placement/answer-placement-proposal";
import { endPlacement } from "../server/placement/end-placement";
import { placeHousehold } from "../server/placement/place-household";
import { proposeHousehold } from "../server/placement/propose-household";
import { shortlistHousehold } from "../server/placement/shortlist-household";
import { requireClaims } from "./action-context";
import { asAction } from "./user-errors";

export const placementWorkflow = {
  shortlist: defineAction({
    accept: "form",
    input: shortlistSchema,
    handler: async (step, context) => {
      const claims = requireClaims(context);
      const { db } = await getApp();
      return { proposalId: await asAction(() => shortlistHousehold(db, claims, step)) };
    },
  }),

  propose: defineAction({
    accept: "form",
    input: proposeSchema,
    handler: async (step, context) => {
      const claims = requireClaims(context);
      const { db, config } = await getApp();
      return asAction(() => proposeHousehold(db, claims, step, config.siteUrl));
    },
  }),

  answer: defineAction({
    accept: "form",
    input: answerSchema,
    handler: async ({ answer, reason, answerNote, ...step }, context) => {
      const claims = requireClaims(context);
      const { db, config } = await getApp();
      const accept = answer === "accept";
      return asAction(() =>
        answerPlacementProposal(
          db,
          claims,
          { ...step, accept, reason: accept ? null : reason, note: answerNote },
          config.siteUrl,
        ),
      );
    },
  }),

  place: defineAction({
    accept: "form",
    input: placeSchema,
    handler: async (step, context) => {
      const claims = requireClaims(context);
      const { db } = await getApp();
      return { placementId: await asAction(() => placeHousehold(db, claims, step)) };
    },
  }),

  end: defineAction({
    accept: "form",
    input: endPlacementSchema,
    handler: async ({ placementId, endReason, endNote }, context) => {
      const claims = requireClaims(context);
      const { db } = await getApp();
      await asAction(() => endPlacement(db, claims, { placementId, reason: endReason, note: endNote }));
      return {};
    },
  }),
};
