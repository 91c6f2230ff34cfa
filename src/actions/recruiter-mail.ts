import { defineAction } from "astro:actions";
import { applicantMailSchema, mailTemplateFormSchema } from "../domain/mail-templates/templates";
import { getApp } from "../server/app";
import { saveMailTemplate } from "../server/mail-templates/save-mail-template";
import { sendApplicantMail } from "../server/mail-templates/send-applicant-mail";
import { requireClaims } from "./action-context";
import { asAction } from "./user-errors";

export const recruiterMail = {
  saveTemplate: defineAction({
    accept: "form",
    input: mailTemplateFormSchema,
    handler: async (form, context) => {
      const claims = requireClaims(context);
      const app = await getApp();
      await asAction(() => saveMailTemplate(app.db, claims, form));
      return { templateKey: form.templateKey };
    },
  }),

  sendToApplicant: defineAction({
    accept: "form",
    input: applicantMailSchema,
    handler: async (choice, context) => {
      const claims = requireClaims(context);
      const app = await getApp();
      return asAction(() => sendApplicantMail(app.db, claims, choice));
    },
  }),
};
