import { type ActionAPIContext, ActionError, defineAction } from "astro:actions";
import {
  applicationFormPath,
  applicationSentPath,
  applicationStepPath,
  confirmAddressPath,
} from "../domain/applications/form-paths";
import { maxHousemates } from "../domain/applications/options";
import {
  applicationSchemas,
  contactDetailsSchema,
  deletionSchema,
  withdrawSchema,
} from "../domain/applications/schemas";
import type { StepKey } from "../domain/applications/steps";
import { formatDateForInput } from "../domain/format";
import type { Locale } from "../domain/i18n/locales";
import { uiStrings } from "../domain/i18n/ui-strings";
import { getApp } from "../server/app";
import type { Applicant } from "../server/applications/applicant";
import { locateApplication } from "../server/applications/locate-application";
import { requestApplicationDeletion } from "../server/applications/request-application-deletion";
import { type StepUpdate, saveApplicationStep } from "../server/applications/save-application-step";
import { startApplication } from "../server/applications/start-application";
import { submitApplication } from "../server/applications/submit-application";
import { updateContactDetails } from "../server/applications/update-contact-details";
import { withdrawMyApplication } from "../server/applications/withdraw-my-application";
import { clientAddress, trustedProxyHops, visitorKey } from "../server/client-address";
import { tellStaffAboutDeletionRequests } from "../server/privacy/notify-deletion-requests";
import { requireClaims } from "./action-context";
import {
  ensureDraftToken,
  forgetDraftToken,
  forgetTypedAboutYou,
  keepTypedAboutYou,
  readSource,
} from "./application-cookies";
import { defineLocalizedFormAction } from "./localized-form-action";
import { sendSignInCode } from "./sign-in";
import { asAction } from "./user-errors";

const signedIn = (context: ActionAPIContext) => context.locals.claims !== null;

/**
 * Steps 2 to 6 are for applicants who confirmed their address with the emailed code. The draft token
 * is not enough: whether it opens a draft would tell a visitor whether step 1 created one, that is,
 * whether the address was new.
 */
function applicantOf(context: ActionAPIContext): Applicant {
  return { claims: context.locals.claims, draftToken: undefined };
}

/** Saves a step and answers with the next step's page, in the language of the page that posted it. */
async function saveStep(
  context: ActionAPIContext,
  locale: Locale,
  update: StepUpdate,
  next: StepKey,
): Promise<{ next: string }> {
  const app = await getApp();
  await asAction(() => saveApplicationStep(app.db, applicantOf(context), update), locale);
  return { next: applicationStepPath(locale, next) };
}

export const application = {
  aboutYou: defineLocalizedFormAction({
    input: (messages) => applicationSchemas(messages).aboutYou,
    handler: async ({ website, ...aboutYou }, context, locale) => {
      const household = applicationStepPath(locale, "household");
      // Bots fill in the hidden field; they get a normal-looking answer and nothing is stored.
      if (website) return { next: signedIn(context) ? household : confirmAddressPath(locale) };
      const app = await getApp();
      const draftToken = context.locals.claims
        ? undefined
        : ensureDraftToken(context.cookies, app.config.production);
      const started = await asAction(
        () =>
          startApplication(
            app.db,
            { claims: context.locals.claims, draftToken },
            aboutYou,
            readSource(context.cookies),
            visitorKey(clientAddress(context.request, context.clientAddress, trustedProxyHops(app.config))),
            new URL("/mijn", app.config.siteUrl).toString(),
          ),
        locale,
      );
      if (started.outcome === "too_many") {
        throw new ActionError({
          code: "TOO_MANY_REQUESTS",
          message: uiStrings(locale).formMessages.application.tooMany,
        });
      }
      if (signedIn(context)) {
        forgetTypedAboutYou(context.cookies);
        return { next: household };
      }
      // A visitor goes on after confirming their address with the emailed code, whether the address
      // is new, their own draft, or someone else's application: nothing in the answer, cookies
      // included, tells which. What they typed is kept in their browser, so an applicant who had an
      // application already finds it again in step 1 after signing in.
      keepTypedAboutYou(
        context.cookies,
        {
          firstName: aboutYou.firstName,
          lastName: aboutYou.lastName,
          phone: aboutYou.phone ?? "",
          dateOfBirth: formatDateForInput(aboutYou.dateOfBirth),
        },
        app.config.production,
      );
      await sendSignInCode(app, context, aboutYou.email, applicationFormPath(locale), locale);
      return { next: confirmAddressPath(locale) };
    },
  }),

  household: defineLocalizedFormAction({
    input: (messages) => applicationSchemas(messages).household,
    handler: async ({ members, addHousemate, rowsPosted }, context, locale) => {
      const { next } = await saveStep(context, locale, { key: "household", members }, "interest");
      if (!addHousemate) return { next };
      // Back to this step with one row more than was posted, the new one in view.
      const rows = Math.min(rowsPosted + 1, maxHousemates);
      return { next: `${applicationStepPath(locale, "household")}?rijen=${rows}` };
    },
  }),

  interest: defineLocalizedFormAction({
    input: (messages) => applicationSchemas(messages).interest,
    handler: (interest, context, locale) =>
      saveStep(context, locale, { key: "interest", interest }, "address"),
  }),

  /**
   * A postcode the geocoder does not know is saved, and the step is shown again once to say so (a typo
   * is likelier than a new street); the second time, with the same postcode, the applicant goes on.
   */
  address: defineLocalizedFormAction({
    input: (messages) => applicationSchemas(messages).address,
    handler: async ({ keepUnknownPostcode, ...address }, context, locale) => {
      const app = await getApp();
      const { applicationId } = await asAction(
        () => saveApplicationStep(app.db, applicantOf(context), { key: "address", ...address }),
        locale,
      );
      const located = await locateApplication(app.db, app.geocoder, applicationId);
      const askAgain = located === "not_found" && keepUnknownPostcode !== address.postcode;
      return { next: applicationStepPath(locale, askAgain ? "address" : "availability") };
    },
  }),

  availability: defineLocalizedFormAction({
    input: (messages) => applicationSchemas(messages).availability,
    handler: (availability, context, locale) =>
      saveStep(context, locale, { key: "availability", availability }, "review"),
  }),

  submit: defineLocalizedFormAction({
    input: (messages) => applicationSchemas(messages).submit,
    handler: async (_consent, context, locale) => {
      const app = await getApp();
      const myApplicationUrl = new URL("/mijn", app.config.siteUrl).toString();
      await asAction(() => submitApplication(app.db, applicantOf(context), myApplicationUrl), locale);
      forgetDraftToken(context.cookies);
      return { next: applicationSentPath(locale) };
    },
  }),

  updateContactDetails: defineAction({
    accept: "form",
    input: contactDetailsSchema,
    handler: async (details, context) => {
      const app = await getApp();
      await asAction(() => updateContactDetails(app.db, requireClaims(context), details));
      return { saved: "contact" as const };
    },
  }),

  withdraw: defineAction({
    accept: "form",
    input: withdrawSchema,
    handler: async ({ reason, keepData }, context) => {
      const app = await getApp();
      const myApplicationUrl = new URL("/mijn", app.config.siteUrl).toString();
      await withdrawMyApplication(
        app.db,
        requireClaims(context),
        reason,
        keepData === "ja",
        myApplicationUrl,
      );
      return { saved: "withdrawn" as const };
    },
  }),

  requestDeletion: defineAction({
    accept: "form",
    input: deletionSchema,
    handler: async (_confirmed, context) => {
      const app = await getApp();
      const myApplicationUrl = new URL("/mijn", app.config.siteUrl).toString();
      await requestApplicationDeletion(app.db, requireClaims(context), myApplicationUrl);
      await tellStaffAboutDeletionRequests(app.db, app.config.siteUrl);
      return { saved: "deletion" as const };
    },
  }),
};
