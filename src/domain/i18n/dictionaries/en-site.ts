import type { nlSite } from "./nl-site";

/** The site's chrome, home page and regional finder in English. */
export const enSite: typeof nlSite = {
  chrome: {
    skipToContent: "Skip to content",
    homeLink: "Openhuis, to the home page",
    tagline: "Foster care, family homes and support parents",
    mainNavigation: "Main menu",
    accountNavigation: "Account",
    nav: [
      { label: "Foster parent", path: "/en/become-a-foster-parent" },
      { label: "Family-home parent", path: "/en/become-a-family-home-parent" },
      { label: "Support parent", path: "/en/become-a-support-parent" },
      { label: "Information evenings", path: "/en/information-evenings" },
      { label: "Apply", path: "/en/apply" },
      { label: "For professionals", path: "/voor-professionals", hreflang: "nl" },
    ],
    signIn: "Sign in",
    signOut: "Sign out",
    signedInAs: "Signed in as ",
    myApplication: "My application",
    footerOrganisations: (region: string) => `The organisations behind ${region}`,
    footerOrganisationsNoRegion: "The organisations behind Openhuis",
    phone: "Phone",
    email: "Email",
    website: "Website",
    footerAbout: "About this site",
    privacy: "Privacy (in Dutch)",
    accessibility: "Accessibility (in Dutch)",
    language: "Language",
    languageName: "English",
  },
  finder: {
    path: "/waar-woon-je",
    heading: "Where do you live?",
    intro:
      "Enter your postcode or town. You will see which organisation works near you and when its next information evening is (the results are in Dutch).",
    label: "Postcode or town",
    hint: "For example 3511 AB or Amersfoort",
    submit: "Search",
  },
  stories: {
    heading: "Parents' stories",
    fictional:
      "Made-up examples: these stories were written to show how it can go. The names and people do not exist.",
    by: (tellers: string, place: string) => `${tellers}, ${place}`,
    fictionalLabel: "Made-up example",
    readMore: "Read the whole story",
  },
  nextEvenings: {
    heading: "Next information evenings near you",
    near: (place: string) => `Near ${place}`,
    none: "No evening is planned yet. Check again soon, or apply directly.",
    all: "All information evenings",
  },
  home: {
    title: "A home for children who need one",
    heading: "A home for children who need one",
    lead: "In the Netherlands hundreds of children are waiting for a foster family. You can help in several ways: as a foster parent, as a family-home parent, or as a support parent who looks after a child one weekend a month.",
    waysHeading: "How you can help",
    ways: {
      foster: "Give a child a home in your own family, for a while or for as long as it takes.",
      family_home: "Make your home your work: look after several children in a family home.",
      support: "Give a child and their parents a break, for instance one weekend a month.",
    },
    checkPrompt: "Not sure what suits you?",
    faqHeading: "Frequently asked questions",
    faq: [
      {
        question: "Do I need to be married or own my home?",
        answer:
          "No. Single or together, with or without children, renting or owning: everyone aged 21 or over is welcome. You do need a bedroom for a child who comes to live with you.",
      },
      {
        question: "Can I foster if I have a job?",
        answer:
          "Yes. Most foster parents work. A foster child goes to school or childcare; together with the organisation you find what works.",
      },
      {
        question: "Will I get an allowance?",
        answer:
          "Foster parents and support parents get an allowance for the child's costs. Being a family-home parent is a job, with a salary or a fee per child.",
      },
      {
        question: "Am I committing to anything by coming to an information evening?",
        answer: "No. An evening is free of obligation. You hear how it works and ask all your questions.",
      },
      {
        question: "How long before I can look after a child?",
        answer:
          "From the information evening to the decision usually takes three to six months. Support parents are often ready sooner.",
      },
    ],
    signInHeading: "Already applied, or working for a provider?",
    signInText:
      "Sign in with your email address. You get a code by email; no password needed. (The sign-in pages are in Dutch.)",
  },
};
