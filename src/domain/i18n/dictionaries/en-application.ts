import type { ApplicationStrings, nlSignInCode } from "./nl-application";

/** The application form's pages in English (see nl-application.ts). */
export const enApplication: ApplicationStrings = {
  heading: "Apply",
  description:
    "Apply to become a foster, family-home or support parent with the organisation in your region.",
  pageTitle: (stepTitle: string) => `${stepTitle} - Apply`,
  steps: {
    about_you: "About you",
    household: "Your household",
    interest: "What you would like to do",
    address: "Your address",
    availability: "Availability",
    review: "Check and send",
  },
  progress: {
    label: "Progress of your application",
    step: (number: number, total: number, title: string) => `Step ${number} of ${total}: ${title}`,
    done: " (done)",
  },
  saveAndContinue: "Save and continue",
  backTo: (stepTitle: string) => `Back to: ${stepTitle.toLowerCase()}`,
  labels: {
    firstName: "First name",
    lastName: "Last name",
    email: "Email address",
    phone: "Phone number",
    dateOfBirth: "Date of birth",
    parentTypes: "How you would like to help",
    careForms: "Kinds of care",
    postcode: "Postcode",
    houseNumber: "House number",
    availability: "Availability",
    heardVia: "How you heard about us",
    heardViaOther: "Other, namely",
    privacyConsent: "Privacy",
  },
  optionalPhone: "Phone number (optional)",
  aboutYou: {
    emailHint: "You use it later to sign in and follow your application.",
    signedInWith: "(you are signed in with this address)",
    dateOfBirthHint: "Day-month-year, for example 15-03-1985",
  },
  household: {
    intro:
      'Who else lives in your home? Fill them in one by one; "Add another person" gives you another row. If you live alone, continue without filling anything in. Everyone aged 12 or over applies for a Declaration of No Objection (VGB) later.',
    member: (number: number) => `Person ${number} you live with`,
    relation: "Who is this",
    nobody: "Nobody",
    birthYear: "Year of birth",
    addHousemate: "Add another person",
    relations: { partner: "Partner", child: "Child", other: "Someone else" },
  },
  interest: {
    legend: "How would you like to help?",
    hint: "You can choose more than one.",
    parentTypeHints: {
      foster: "Give a child a home in your family, for a while or for the long term. From the age of 21.",
      family_home:
        "Care for several children in your home as your job. From the age of 21, with a care qualification.",
      support: "Look after a child, for example one weekend a month. From the age of 21.",
    },
    careFormsLegend: "Which kinds of care appeal to you? (optional)",
    careFormsHint: "Not sure yet? Then we talk about it in the first conversation.",
    careForms: {
      crisis: "Emergency care: the same day, for up to about 4 weeks",
      short_term: "Short-term: 6 to 12 months, until it is clear where a child can grow up",
      long_term: "Long-term: a child grows up with you, until 18 or longer",
      part_time: "Part-time: weekends, holidays or parts of days",
    },
  },
  address: {
    intro:
      "With your postcode we find the organisation in your region that handles your application. Only the staff who handle your application can see your address.",
    postcodeHint: "For example 3511 AB",
    houseNumber: "House number and addition",
    houseNumberHint: "For example 12 or 12A",
    unknownHeading: "Is your postcode right?",
    unknownPostcode: (postcode: string) =>
      `We cannot find postcode ${postcode}. Check that you typed it correctly. Is it right? Then choose "Save and continue" once more: your application still arrives, and a member of staff looks up your region.`,
  },
  availability: {
    label: "When and how much time are you available?",
    hint: 'For example: "From March, I work 3 days a week" or "One weekend a month".',
    heardViaLegend: "How did you hear about us?",
    heardViaOtherLabel: "Other, namely (optional)",
    heardViaOtherHint: "Only with Other: for example a podcast or a poster in the library.",
    heardVia: {
      "Social media": "Social media",
      "Familie, vrienden of kennissen": "Family, friends or acquaintances",
      Informatiebijeenkomst: "An information evening",
      "Krant, radio of tv": "Newspaper, radio or TV",
      "School, kerk, moskee of vereniging": "School, church, mosque or club",
      Zoekmachine: "Search engine",
      Anders: "Other",
    },
  },
  review: {
    incompleteHeading: "Not complete yet",
    incompleteText: "Fill in these steps before you send your application:",
    notFilledIn: "Not filled in",
    edit: {
      about_you: "Change your details",
      household: "Change your household",
      interest: "Change what you would like to do",
      address: "Change your address",
      availability: "Change your availability",
    },
    name: "Name",
    housemates: "People you live with",
    livesAlone: "None: I live alone",
    parentTypes: "How you would like to help",
    careForms: "Kinds of care",
    noCareForms: "Not chosen yet",
    address: "Address",
    addressIn: (address: string, place: string) => `${address}, ${place}`,
    postcodeUnknown: "we cannot find this postcode: please check it",
    available: "Available",
    heardVia: "Heard about us through",
    consent:
      "I have read the privacy statement and agree that Openhuis and the organisation in my region use my details to handle my application.",
    readPrivacy: "Read the privacy statement (in Dutch)",
    privacyVersion: (version: string) => `(version ${version}).`,
    submit: "Send application",
  },
  confirmAddressLead:
    "To continue with your application, first confirm your email address with the code from your email. We keep what you just filled in until then.",
  sent: {
    title: "Application sent",
    heading: "Thank you, your application has been sent",
    received: "We have received your application and sent you a confirmation by email (in Dutch).",
    whatNext: "What happens now?",
    next: [
      "Someone from the organisation in your region looks at your application.",
      "Within two weeks we contact you for a first conversation.",
      "Then come the screening, a preparation course and a family assessment. Altogether this usually takes 3 to 6 months.",
    ],
    myApplicationBefore: "In ",
    myApplication: "My application (in Dutch)",
    myApplicationAfter:
      " you see where you are and what you still need to do. You sign in with your email address and get a code by email.",
  },
};

export const enSignInCode: typeof nlSignInCode = {
  title: "Enter your code",
  sent: {
    before: "If ",
    after:
      " is known to us or you want to apply, we have sent an email with a 6-digit code. The code is valid for 15 minutes.",
  },
  limited: {
    before: "We have ",
    noNewCode: "not sent a new code",
    sentTo: " to ",
    after:
      ": too many codes were asked for lately. Use the code from the last email we sent you; it is valid for 15 minutes. If it has expired, ask for a new one in a quarter of an hour.",
  },
  label: "Code",
  hint: "6 digits, from the email we sent you. The email is in Dutch; the code is in its subject too: “Je inlogcode voor Openhuis is …”.",
  submit: "Continue",
  noMail: "No email? Check your spam folder or ",
  askNew: "fill in the first step again",
  otherAddress: ". A different email address? ",
  startAgain: "Start again",
};
