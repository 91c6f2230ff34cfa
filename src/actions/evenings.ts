import { type ActionAPIContext, ActionError, defineAction } from "astro:actions";
import { z } from "astro/zod";
import { createEveningSchema, updateEveningSchema } from "../domain/evenings/evening-form";
import { cancelTokenSchema, registrationSchemaFor } from "../domain/evenings/registration-form";
import { uiStrings } from "../domain/i18n/ui-strings";
import { getApp } from "../server/app";
import { clientAddress, trustedProxyHops, visitorKey } from "../server/client-address";
import { cancelEveningRegistration } from "../server/evenings/cancel-evening-registration";
import { cancelInformationEvening } from "../server/evenings/cancel-information-evening";
import { cancelRegistrationAsStaff } from "../server/evenings/cancel-registration-as-staff";
import { createInformationEvening } from "../server/evenings/create-information-evening";
import { recordEveningAttendance } from "../server/evenings/record-evening-attendance";
import { registerForEvening } from "../server/evenings/register-for-evening";
import { updateInformationEvening } from "../server/evenings/update-information-evening";
import { requireClaims } from "./action-context";
import { defineLocalizedFormAction } from "./localized-form-action";
import { asAction } from "./user-errors";

/** The database, and the site's address for links in mail. */
async function appFor(context: ActionAPIContext) {
  const app = await getApp();
  return {
    db: app.db,
    site: app.config.siteUrl,
    visitor: visitorKey(clientAddress(context.request, context.clientAddress, trustedProxyHops(app.config))),
  };
}

export const evenings = {
  create: defineAction({
    accept: "form",
    input: createEveningSchema,
    handler: async (input, context) => {
      const claims = requireClaims(context);
      const { db } = await appFor(context);
      return { id: await asAction(() => createInformationEvening(db, claims, input)) };
    },
  }),

  update: defineAction({
    accept: "form",
    input: updateEveningSchema,
    handler: async (input, context) => {
      const claims = requireClaims(context);
      const { db, site } = await appFor(context);
      await asAction(() => updateInformationEvening(db, claims, input, site));
      return { id: input.id };
    },
  }),

  cancel: defineAction({
    accept: "form",
    input: z.object({ eveningId: z.uuid() }),
    handler: async ({ eveningId }, context) => {
      const claims = requireClaims(context);
      const { db, site } = await appFor(context);
      return { notified: await asAction(() => cancelInformationEvening(db, claims, eveningId, site)) };
    },
  }),

  register: defineLocalizedFormAction({
    input: registrationSchemaFor,
    handler: async ({ website, ...registration }, context, locale) => {
      // A filled-in trap field is a bot: answer as if it worked and store nothing.
      if (website) return { outcome: "registered" as const };
      const { db, site, visitor } = await appFor(context);
      const outcome = await asAction(
        () => registerForEvening(db, context.locals.claims, { ...registration, siteUrl: site }, visitor),
        locale,
      );
      if (outcome === "too_many") {
        throw new ActionError({
          code: "TOO_MANY_REQUESTS",
          message: uiStrings(locale).formMessages.evening.tooMany,
        });
      }
      return { outcome };
    },
  }),

  cancelRegistration: defineAction({
    accept: "form",
    input: z.object({ token: cancelTokenSchema }),
    handler: async ({ token }, context) => {
      const { db, site } = await appFor(context);
      return {
        outcome: await asAction(() => cancelEveningRegistration(db, context.locals.claims, token, site)),
      };
    },
  }),

  cancelRegistrationAsStaff: defineAction({
    accept: "form",
    input: z.object({ registrationId: z.uuid() }),
    handler: async ({ registrationId }, context) => {
      const claims = requireClaims(context);
      const { db, site } = await appFor(context);
      return { outcome: await asAction(() => cancelRegistrationAsStaff(db, claims, registrationId, site)) };
    },
  }),

  recordAttendance: defineAction({
    accept: "form",
    input: z.object({ registrationId: z.uuid(), attended: z.boolean() }),
    handler: async ({ registrationId, attended }, context) => {
      const claims = requireClaims(context);
      const { db } = await appFor(context);
      await asAction(() => recordEveningAttendance(db, claims, registrationId, attended));
      return { attended };
    },
  }),
};
