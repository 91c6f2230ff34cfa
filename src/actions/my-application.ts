import { defineAction } from "astro:actions";
import { keepDataSchema } from "../domain/applications/ended-application";
import { getApp } from "../server/app";
import { keepMyData } from "../server/applications/keep-my-data";
import { reopenMyApplication } from "../server/applications/reopen-my-application";
import { requireClaims } from "./action-context";
import { asAction } from "./user-errors";

/** What an applicant does at /mijn after their application ended. */
export const myApplication = {
  keepData: defineAction({
    accept: "form",
    input: keepDataSchema,
    handler: async ({ keep }, context) => {
      const app = await getApp();
      await asAction(() => keepMyData(app.db, requireClaims(context), keep === "ja"));
      return { keep };
    },
  }),

  applyAgain: defineAction({
    accept: "form",
    handler: async (_input, context) => {
      const app = await getApp();
      await asAction(() => reopenMyApplication(app.db, requireClaims(context)));
      return { next: "/aanmelden" };
    },
  }),
};
