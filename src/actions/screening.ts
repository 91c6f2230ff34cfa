import { defineAction } from "astro:actions";
import { moveApplicantSchema, recordCheckSchema } from "../domain/screening/forms";
import { getApp } from "../server/app";
import { moveApplicant } from "../server/screening/move-applicant";
import { recordScreeningCheck } from "../server/screening/record-screening-check";
import { requireClaims } from "./action-context";
import { asAction } from "./user-errors";

export const screening = {
  moveApplicant: defineAction({
    accept: "form",
    input: moveApplicantSchema,
    handler: async ({ moveNote, ...move }, context) => {
      const claims = requireClaims(context);
      const app = await getApp();
      return asAction(() => moveApplicant(app.db, claims, { ...move, note: moveNote }));
    },
  }),

  recordCheck: defineAction({
    accept: "form",
    input: recordCheckSchema,
    handler: async ({ subject, ...input }, context) => {
      const claims = requireClaims(context);
      const app = await getApp();
      const id = await asAction(() =>
        recordScreeningCheck(app.db, claims, {
          ...input,
          kind: subject.kind,
          householdMember: subject.householdMember,
          decision: subject.kind === "decision" ? (input.decision ?? null) : null,
        }),
      );
      return { id };
    },
  }),
};
