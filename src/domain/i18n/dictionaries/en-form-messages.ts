import type { FormMessages } from "./nl-form-messages";

/** What the public forms say about a value they refuse, in English (see nl-form-messages.ts). */
export const enFormMessages: FormMessages = {
  unstorable: "This field contains characters we cannot store. Remove invisible or special characters.",
  forgedValue: "We cannot use this value. Reload the page and choose or fill it in again.",
  serverError: (requestId: string | undefined) =>
    `Something went wrong. Please try again.${requestId ? ` Error code: ${requestId}.` : ""}`,
  email: {
    missing: "Enter your email address.",
    tooLong: "This email address is too long.",
    invalid: "Enter a valid email address, for example name@example.com.",
  },
  phone: {
    tooLong: "This phone number is too long.",
    invalid: "Enter a valid phone number, for example 06 12345678 or +31 6 12345678.",
  },
  application: {
    firstName: {
      missing: "Enter your first name.",
      tooLong: "First name can be at most 100 characters long.",
    },
    lastName: { missing: "Enter your last name.", tooLong: "Last name can be at most 100 characters long." },
    dateOfBirth: {
      missing: "Enter your date of birth.",
      invalid: "Enter a valid date of birth as day-month-year, for example 15-03-1985.",
      inFuture: "This date is in the future. Enter the day you were born, for example 15-03-1985.",
      implausible: (age: number) =>
        `Check your date of birth: it would make you ${age} years old. Enter it as day-month-year, for example 15-03-1985.`,
      tooYoung: (age: number, minimum: number) =>
        `You can become a foster, family-home or support parent from the age of ${minimum}. You are ${age} now. Apply when you are ${minimum}; until then you are welcome at an information evening to find out more.`,
    },
    household: {
      tooMany: (rows: number) => `Enter at most ${rows} people you live with.`,
      chooseRelation: (row: number) => `Choose who person ${row} is.`,
      whose: { partner: "your partner", child: "your child", other: "the other person you live with" },
      birthYearMissing: (whose: string) => `Enter the year of birth of ${whose}, for example 2012.`,
      birthYearFormat: (whose: string) =>
        `Enter the year of birth of ${whose} as 4 digits, for example 2012.`,
      birthYearRange: (typed: string, whose: string, lastYear: number) =>
        `${typed} is not a valid year of birth for ${whose}. Enter a year from 1900 to ${lastYear}.`,
    },
    parentTypes: "Choose at least one way you would like to help.",
    postcode: {
      missing: "Enter your postcode.",
      invalid: "Enter a valid Dutch postcode, for example 3511 AB.",
    },
    houseNumber: {
      missing: "Enter your house number.",
      tooLong: "This house number is too long.",
      invalid: "Enter a house number, for example 12 or 12A.",
    },
    availability: {
      missing: "Tell us briefly when and how much time you are available.",
      tooLong: "Please keep it short: at most 2000 characters.",
    },
    heardVia: "Choose how you heard about us.",
    heardViaOther: "Keep it short: at most 200 characters.",
    privacyConsent: "You can only apply if you agree to the privacy statement.",
    notStarted: "Start your application at the first step.",
    closed: "This application has been sent or closed. You change your contact details in My application.",
    incomplete: "Your application is not complete yet. Fill in the steps below that are still open.",
    otherAddressSignedIn:
      "You are signed in with a different email address. Use that address or sign out first.",
    tooMany: "Too many applications are coming from this network. Please try again in an hour.",
  },
  evening: {
    unknown: "This information evening does not exist.",
    firstName: {
      missing: "Enter your first name.",
      tooLong: "Your first name can be at most 100 characters long.",
    },
    interest: "Choose one of the options.",
    closed:
      "You can no longer sign up for this evening: it has started or has been cancelled. Please choose another evening.",
    checkDetails: "Check your first name, email address and phone number.",
    tooMany: "Too many sign-ups are coming from this network. Please try again in an hour.",
  },
  signInCode: {
    missing: "Enter the code from the email.",
    format: "The code is 6 digits.",
    invalid: "This code is not right or has been used already. Check the code or ask for a new one.",
    expired: "This code has expired. Ask for a new code.",
    too_many_attempts: "Too many tries with this code. Ask for a new code.",
    locked:
      "A wrong code was entered too often for this email address, so signing in with a code is not possible until tomorrow. Use the sign-in link in a new email.",
    tooManyFromVisitor: "Too many sign-in attempts came from this network. Please try again in an hour.",
  },
};
