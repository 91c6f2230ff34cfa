import { actions } from "astro:actions";
import type { AstroGlobal } from "astro";
import { forgetTypedAboutYou, rememberSource, takeTypedAboutYou } from "../../actions/application-cookies";
import { applicationStepPath, stepBySlug } from "../../domain/applications/form-paths";
import { type ApplicationStep, firstOpenStep } from "../../domain/applications/steps";
import { formatDateForInput } from "../../domain/format";
import type { Locale } from "../../domain/i18n/locales";
import type { ParentType } from "../../domain/parent-types";
import { getApp } from "../../server/app";
import type { Application } from "../../server/applications/application-record";
import { getMyApplication } from "../../server/applications/get-my-application";
import { parentTypeFromSource } from "../../server/applications/parent-type-from-source";
import { formErrors, type SubmittedForm, submittedForm } from "../forms/action-form";

/** What a step's page shows: the same in every language. */
export interface StepPageView {
  locale: Locale;
  step: ApplicationStep;
  application: Application | undefined;
  errors: ReturnType<typeof formErrors>;
  /** What was sent with a form that had a problem. */
  posted: SubmittedForm | undefined;
  /** Step 1 only: what the visitor typed before confirming their address. */
  typedBefore: Record<string, string>;
  /** Step 3 only, until it is saved: the parent types to start with, from the campaign they came from. */
  suggestedParentTypes: readonly ParentType[];
}

const actionFor = {
  about_you: actions.application.aboutYou,
  household: actions.application.household,
  interest: actions.application.interest,
  address: actions.application.address,
  availability: actions.application.availability,
  review: actions.application.submit,
} as const;

/** Only a signed-in applicant's: what a draft token opens would tell whether step 1 found the address new. */
async function signedInApplication(Astro: AstroGlobal) {
  const { db } = await getApp();
  return getMyApplication(db, { claims: Astro.locals.claims, draftToken: undefined });
}

async function suggestedParentTypes(application: Application | undefined): Promise<ParentType[]> {
  if (!application || application.parentTypes.length > 0) return application?.parentTypes ?? [];
  const { db } = await getApp();
  const fromCampaign = await parentTypeFromSource(db, application.source);
  return fromCampaign ? [fromCampaign] : [];
}

/** A step of the application form in a language, or where to go instead (the next step after a save). */
export async function loadStepPage(Astro: AstroGlobal, locale: Locale): Promise<Response | StepPageView> {
  const step = stepBySlug(locale, Astro.params.step);
  if (!step) return new Response(null, { status: 404 });
  const result = Astro.getActionResult(actionFor[step.key]);
  if (result && !result.error) return Astro.redirect(result.data.next);

  const application = await signedInApplication(Astro);
  if (step.key !== "about_you" && !application)
    return Astro.redirect(applicationStepPath(locale, "about_you"));
  if (application && application.status !== "draft") return Astro.redirect("/mijn");
  return {
    locale,
    step,
    application,
    errors: formErrors(result, locale),
    posted: await submittedForm(Astro.request),
    typedBefore: step.key === "about_you" ? takeTypedAboutYou(Astro.cookies) : {},
    suggestedParentTypes: step.key === "interest" ? await suggestedParentTypes(application) : [],
  };
}

/**
 * Where the form starts: it notes the campaign a visitor came from, and sends them on to the first
 * step they have not saved (to step 1 when what they typed before confirming their address differs
 * from what is stored, so they can save it there).
 */
export async function startApplicationForm(Astro: AstroGlobal, locale: Locale): Promise<Response> {
  const { config } = await getApp();
  rememberSource(Astro.cookies, Astro.url, Astro.request.headers.get("referer"), config.production);
  const application = await signedInApplication(Astro);
  if (application && application.status !== "draft") return Astro.redirect("/mijn");
  const typed = takeTypedAboutYou(Astro.cookies);
  const stored: Record<string, string> = {
    firstName: application?.firstName ?? "",
    lastName: application?.lastName ?? "",
    phone: application?.phone ?? "",
    dateOfBirth: application?.dateOfBirth ? formatDateForInput(application.dateOfBirth) : "",
  };
  if (application && Object.entries(typed).some(([field, value]) => stored[field] !== value)) {
    return Astro.redirect(applicationStepPath(locale, "about_you"));
  }
  forgetTypedAboutYou(Astro.cookies);
  return Astro.redirect(applicationStepPath(locale, firstOpenStep(application?.stepsCompleted ?? []).key));
}
