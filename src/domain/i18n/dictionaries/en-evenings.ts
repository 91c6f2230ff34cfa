import type { EveningPageStrings } from "./nl-evenings";

/** The public information evening pages in English (see nl-evenings.ts). */
export const enEveningPages: EveningPageStrings = {
  title: "Information evenings",
  description:
    "Come to an information evening near you about foster care, family homes and support parents. It does not commit you to anything.",
  lead: "At an information evening you hear what being a foster, family-home or support parent involves, and you can ask all your questions. It does not commit you to anything. The evenings themselves are in Dutch.",
  region: "Region",
  allRegions: "All regions",
  showEvenings: "Show evenings",
  noneScheduled: "No evenings are planned at the moment. Please check again soon.",
  alreadySure: "Already know you want to help?",
  applyDirectly: "Then apply straight away",
  or: "or",
  checkFirst: "first check whether it suits you",
  allEvenings: "All information evenings",
  notFound: {
    title: "Evening not found",
    heading: "This evening cannot be found (any more)",
    text: "It may have taken place already or been cancelled. Have a look at the other evenings.",
  },
  metaDescription: (title: string, organisation: string) =>
    `${title}: information evening by ${organisation}.`,
  confirmations: {
    registered: {
      heading: "You are signed up",
      text: "We have sent you a confirmation by email (in Dutch), with the evening for your calendar. You get a reminder the day before.",
    },
    waitlisted: {
      heading: "You are on the waiting list",
      text: "The evening is full. The email we sent you (in Dutch) says your place on the waiting list. If a place comes free, it is yours automatically and we let you know by email straight away.",
    },
  },
  alsoApplyBefore: "Already sure? You can also ",
  alsoApplyLink: "apply right away as a foster, family-home or support parent",
  signUp: "Sign up",
  full: "This evening is full. Sign up for the waiting list: if a place comes free, it is yours automatically.",
  labels: {
    firstName: "First name",
    email: "Email address",
    phone: "Phone number",
    interest: "What appeals to you",
  },
  emailHint: "We send the confirmation here, and a reminder the day before.",
  phoneLabel: "Phone number (optional)",
  interestLegend: "What appeals to you? (optional)",
  unsure: "Not sure yet",
  privacyNote:
    "We only use your details for this evening: this is not yet an application to become a foster, family-home or support parent. If you apply later with the same email address, you also see the evening in My application. Read the",
  privacyLink: "privacy statement (in Dutch)",
  submit: "Sign up",
  joinWaitingList: "Join the waiting list",
  facts: { when: "When", where: "Where", by: "By", places: "Places" },
};
