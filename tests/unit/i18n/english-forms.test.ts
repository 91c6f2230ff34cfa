import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  applicationFormPath,
  applicationSentPath,
  applicationStepPath,
  isApplicationFormPath,
  stepBySlug,
} from "../../../src/domain/applications/form-paths";
import { applicationSchemas } from "../../../src/domain/applications/schemas";
import { applicationSteps } from "../../../src/domain/applications/steps";
import { formatEveningWhen, formatPlacesLeft } from "../../../src/domain/evenings/format";
import { informationEveningsPath } from "../../../src/domain/evenings/page-paths";
import { registrationSchemaFor } from "../../../src/domain/evenings/registration-form";
import { enFormMessages } from "../../../src/domain/i18n/dictionaries/en-form-messages";
import { nlFormMessages } from "../../../src/domain/i18n/dictionaries/nl-form-messages";
import { locales } from "../../../src/domain/i18n/locales";
import { localeOfPath } from "../../../src/domain/i18n/paths";
import { UserFacingError } from "../../../src/server/errors";

const messages = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [String(issue.path[0]), issue.message]));

const english = applicationSchemas(enFormMessages);
const dutch = applicationSchemas(nlFormMessages);

describe("the application form in English", () => {
  it("names every missing field in English, also when the form sends empty fields as null", () => {
    const empty = { firstName: null, lastName: null, email: null, dateOfBirth: null };
    expect(messages(english.aboutYou.safeParse(empty))).toEqual({
      firstName: "Enter your first name.",
      lastName: "Enter your last name.",
      email: "Enter your email address.",
      dateOfBirth: "Enter your date of birth.",
    });
    expect(messages(dutch.aboutYou.safeParse(empty)).firstName).toBe("Vul je voornaam in.");
  });

  it("explains a wrong value in English and stores exactly what the Dutch form stores", () => {
    const typed = {
      firstName: "Sam",
      lastName: "Jones",
      email: "Sam@Example.com",
      phone: "+44 20 7946 0000",
      dateOfBirth: "15/03/1985",
    };
    expect(english.aboutYou.parse(typed)).toEqual(dutch.aboutYou.parse(typed));
    expect(messages(english.aboutYou.safeParse({ ...typed, email: "sam@", phone: "12" }))).toEqual({
      email: "Enter a valid email address, for example name@example.com.",
      phone: "Enter a valid phone number, for example 06 12345678 or +31 6 12345678.",
    });
    expect(messages(english.aboutYou.safeParse({ ...typed, dateOfBirth: "03/15/1985" })).dateOfBirth).toBe(
      "Enter a valid date of birth as day-month-year, for example 15-03-1985.",
    );
    expect(messages(english.aboutYou.safeParse({ ...typed, firstName: "Sam\u0000" })).firstName).toBe(
      enFormMessages.unstorable,
    );
  });

  it("says who a housemate is in English", () => {
    const result = english.household.safeParse({ relation: ["partner", "child"], birthYear: ["", "12"] });
    expect(messages(result)).toEqual({
      "member-0": "Enter the year of birth of your partner, for example 2012.",
      "member-1": "Enter the year of birth of your child as 4 digits, for example 2012.",
    });
  });

  it("keeps the stored answer to 'how did you hear about us' Dutch whatever the page's language", () => {
    expect(english.availability.parse({ availability: "Weekends", heardVia: "Zoekmachine" }).heardVia).toBe(
      "Zoekmachine",
    );
    expect(
      messages(english.availability.safeParse({ availability: null, heardVia: "Search engine" })),
    ).toEqual({
      availability: "Tell us briefly when and how much time you are available.",
      heardVia: "Choose how you heard about us.",
    });
    expect(messages(english.submit.safeParse({})).privacyConsent).toBe(
      "You can only apply if you agree to the privacy statement.",
    );
  });
});

describe("the evening registration form in English", () => {
  it("names what is missing or wrong in English", () => {
    const result = registrationSchemaFor(enFormMessages).safeParse({
      eveningId: "not-an-id",
      firstName: null,
      email: "x",
      interest: "maybe",
    });
    expect(messages(result)).toEqual({
      eveningId: "This information evening does not exist.",
      firstName: "Enter your first name.",
      email: "Enter a valid email address, for example name@example.com.",
      interest: "Choose one of the options.",
    });
  });

  it("tells when and how many places are left in English", () => {
    const evening = {
      startsAt: new Date("2030-12-03T18:30:00Z"),
      endsAt: new Date("2030-12-03T20:30:00Z"),
    };
    expect(formatEveningWhen(evening, "en")).toBe("Tuesday, 3 December 2030, 19:30 to 21:30");
    expect(formatEveningWhen(evening)).toBe("dinsdag 3 december 2030, 19:30 tot 21:30 uur");
    expect(formatPlacesLeft({ capacity: 10, placesTaken: 9 }, "en")).toBe("1 place left");
    expect(formatPlacesLeft({ capacity: 10, placesTaken: 10 }, "en")).toBe("Full — waiting list");
  });
});

describe("the forms' pages in every language", () => {
  it("have a page for every step, the start, the page after sending and the evenings", () => {
    const page = (path: string) => `src/pages${path}`;
    for (const locale of locales) {
      expect(existsSync(page(`${applicationFormPath(locale)}/index.astro`)), locale).toBe(true);
      expect(existsSync(page(`${applicationFormPath(locale)}/[step].astro`)), locale).toBe(true);
      expect(existsSync(page(`${applicationSentPath(locale)}.astro`)), locale).toBe(true);
      expect(existsSync(page(`${informationEveningsPath(locale)}/[id].astro`)), locale).toBe(true);
      for (const step of applicationSteps) {
        const [, slug] = /\/([^/]+)$/.exec(applicationStepPath(locale, step.key)) ?? [];
        expect(stepBySlug(locale, slug), `${locale} ${slug}`).toBe(step);
      }
    }
    expect(applicationStepPath("en", "about_you")).toBe("/en/apply/about-you");
    expect(applicationStepPath("nl", "about_you")).toBe("/aanmelden/over-jou");
    expect(stepBySlug("en", "over-jou")).toBeUndefined();
  });

  it("know their language from the path, and which paths are the application form's", () => {
    expect(localeOfPath("/en/apply/about-you")).toBe("en");
    expect(localeOfPath("/en")).toBe("en");
    expect(localeOfPath("/entree")).toBe("nl");
    expect(localeOfPath("/aanmelden")).toBe("nl");
    expect(isApplicationFormPath("/en/apply")).toBe(true);
    expect(isApplicationFormPath("/aanmelden/adres")).toBe(true);
    expect(isApplicationFormPath("/en/become-a-foster-parent")).toBe(false);
  });
});

describe("a refusal from the server", () => {
  it("is Dutch by default and English on an English page, when it is one the public forms can meet", () => {
    const refusal = new UserFacingError((t) => t.application.notStarted);
    expect(refusal.message).toBe("Begin je aanmelding bij de eerste stap.");
    expect(refusal.messageIn(enFormMessages)).toBe("Start your application at the first step.");
    expect(new UserFacingError("Alleen voor medewerkers.").messageIn(enFormMessages)).toBe(
      "Alleen voor medewerkers.",
    );
  });
});
