import { enApplication, enSignInCode } from "./en-application";
import { enEveningPages } from "./en-evenings";
import { enFormMessages } from "./en-form-messages";
import { enSite } from "./en-site";
import type { UiStrings } from "./nl";

export const en: UiStrings = {
  ...enSite,
  readThisPageInThisLanguage: "Read this page in English",
  otherLanguages: "Other languages",
  paths: {
    campaignVariants: "campaign",
    eligibilityCheck: "can-i-help",
    apply: "apply",
    applicationSteps: {
      about_you: "about-you",
      household: "household",
      interest: "interest",
      address: "address",
      availability: "availability",
      review: "review",
    },
    applicationSent: "sent",
    confirmAddress: "/en/apply/confirm-email",
    informationEvenings: "information-evenings",
  },
  forms: {
    errorSummary: "There is a problem",
    errorPrefix: "Error: ",
    honeypot: "Leave this field empty",
  },
  formMessages: enFormMessages,
  application: enApplication,
  signInCode: enSignInCode,
  eveningPages: enEveningPages,
  parentTypes: {
    foster: { title: "Foster parent", name: "foster parent" },
    family_home: { title: "Family-home parent", name: "family-home parent" },
    support: { title: "Support parent", name: "support parent" },
  },
  callsToAction: {
    informationEvening: "Sign up for an information evening",
    apply: "Apply now",
    eligibilityCheck: "Take the check: how can I help?",
  },
  campaign: {
    offeredBy: "A campaign by",
    inRegion: "in",
    whoCanDoIt: (parentName: string) => `Who can become a ${parentName}?`,
    timeCommitment: "How much time does it take?",
    steps: (parentName: string) => `How to become a ${parentName}`,
    stepDuration: "Takes:",
    totalDuration: (duration: string) =>
      `From the information evening to the decision usually takes ${duration}. You can stop at any moment.`,
    faq: "Frequently asked questions",
    firstStep: "Take the first step",
    firstStepText:
      "At an information evening you hear how it works and can ask all your questions. It does not commit you to anything. Already sure? Then apply straight away.",
    notSure: "Not sure yet what suits you?",
  },
  eligibility: {
    title: "Can I help?",
    description:
      "Five short questions that tell you honestly whether you could become a foster, family-home or support parent. We do not store your answers.",
    intro:
      "Five short questions. Then you see how you could help a child, and what is still needed. We do not store your answers.",
    submit: "Show my result",
    errorSummary: "There is a problem",
    errorPrefix: "Error: ",
    questions: {
      age: {
        legend: "How old are you?",
        hint: "You can become a foster, family-home or support parent from the age of 21. There is no maximum age.",
        error: "Choose your age.",
        options: { under_18: "Under 18", "18_to_20": "18, 19 or 20", "21_or_older": "21 or older" },
      },
      time: {
        legend: "How much time do you have for a child?",
        hint: "You can foster with a job. What matters is whether a child can live with you.",
        error: "Choose how much time you have.",
        options: {
          every_day: "A child can live with me, every day",
          few_days_a_month: "A few days a month",
          weekends_only: "Weekends only",
        },
      },
      bedrooms: {
        legend: "Do you have a spare bedroom for a child?",
        error: "Choose whether you have a spare bedroom.",
        options: { none: "No", one: "Yes, one bedroom", two_or_more: "Yes, two or more bedrooms" },
      },
      vgb: {
        legend:
          "Are you and everyone aged 12 or over who lives with you willing to apply for a Declaration of No Objection (VGB)?",
        hint: "With the VGB (Verklaring van Geen Bezwaar) the Child Care and Protection Board checks whether a child can live with you safely. The law requires it for foster parents and everyone they live with. It is free.",
        error: "Choose whether everyone is willing to apply for a VGB.",
        options: { everyone_willing: "Yes", not_sure: "Not sure yet", not_everyone: "No" },
      },
      careBackground: {
        legend: "Do you have a qualification in care, youth care or pedagogy?",
        hint: "This is only needed for family-home parents.",
        error: "Choose whether you have a care qualification.",
        options: {
          qualified: "Yes, a completed qualification (usually a bachelor's degree) and work experience",
          experience_only: "Experience, but no qualification",
          none: "No",
        },
      },
    },
    result: {
      heading: "Your result",
      disclaimer:
        "This is a first impression, not a decision. Whether it fits is something you find out together with the organisation, in the first conversation and the screening.",
      bestFit: (parentName: string) => `Based on your answers, becoming a ${parentName} suits you best.`,
      alsoPossible: "Also possible",
      readMore: (parentName: string) => `Read more about becoming a ${parentName}`,
      fits: {
        foster: "You give a child a home in your own family, for a few months or until they are grown up.",
        family_home:
          "With your qualification and room in your house, you can make your home your work: you care for several children in a family home.",
        support:
          "You look after a child, for example one weekend a month. That gives the child and their parents a breather, and often means the child can stay at home.",
      },
      notYetHeading: "What does not fit (yet)",
      notYet: {
        needs_child_living_with_you:
          "A child lives with you every day. That does not fit the time you have now.",
        needs_free_bedroom: "A child who comes to live with you needs a bedroom of their own.",
        needs_bedroom_per_child: "You care for several children, each with a bedroom of their own.",
        needs_vgb_for_household: "Everyone aged 12 or over who lives with you needs a VGB.",
        needs_care_qualification:
          "You need a completed qualification in (youth) care or pedagogy, usually at bachelor's level. You can still get one later.",
      },
      notesHeading: "Good to know",
      notes: {
        discuss_vgb_at_home:
          "Talk about the VGB at home before you apply. Without a VGB for everyone aged 12 or over you cannot become a foster or family-home parent.",
        support_screening_differs:
          "For support parents the organisation asks for a Certificate of Conduct (VOG) and visits your home. What that means for the people you live with is something you discuss in the first conversation.",
        support_needs_sleeping_place:
          "A child who stays over needs a place of their own to sleep. The organisation looks at whether your home has one during the home visit.",
      },
      tooYoung: {
        heading: "Not yet, but perhaps later",
        text: "You can become a foster, family-home or support parent from the age of 21. It is great that you want to help already! This is what you can do now:",
        ways: [
          "Come to an information evening to find out more. It does not commit you to anything.",
          "Volunteer with children or young people, for example as a buddy, at a sports club or with homework support.",
          "Choosing a course? With a qualification in (youth) care or pedagogy you could later become a family-home parent too.",
          "Tell others about foster care. Many foster parents found out about it through someone they knew.",
        ],
      },
      nextStep:
        "At an information evening you hear what happens next and can ask all your questions. It does not commit you to anything.",
      changeAnswers: "Change your answers",
    },
  },
};
