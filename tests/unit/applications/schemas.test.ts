import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ageProblem } from "../../../src/domain/applications/age";
import { applicantChecklist } from "../../../src/domain/applications/checklist";
import {
  aboutYouSchema,
  addressSchema,
  availabilitySchema,
  householdSchema,
  parseDutchDate,
  submitSchema,
  withdrawSchema,
} from "../../../src/domain/applications/schemas";
import { firstOpenStep } from "../../../src/domain/applications/steps";

const messages = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [String(issue.path[0]), issue.message]));

describe("about you", () => {
  const valid = {
    firstName: "Sanne",
    lastName: "de Vries",
    email: "Sanne@Example.nl",
    dateOfBirth: "15-03-1985",
  };

  it("accepts a Dutch date of birth and a lower-cased address", () => {
    const parsed = aboutYouSchema.parse(valid);
    expect(parsed.email).toBe("sanne@example.nl");
    expect(parsed.dateOfBirth.toISOString().slice(0, 10)).toBe("1985-03-15");
  });

  it("names every missing field in Dutch, also when the form sends empty fields as null", () => {
    const result = aboutYouSchema.safeParse({
      firstName: null,
      lastName: null,
      email: null,
      dateOfBirth: null,
    });
    expect(messages(result)).toMatchObject({
      firstName: "Vul je voornaam in.",
      lastName: "Vul je achternaam in.",
      email: "Vul je e-mailadres in.",
      dateOfBirth: "Vul je geboortedatum in.",
    });
  });

  it("refuses dates that do not exist", () => {
    const result = aboutYouSchema.safeParse({ ...valid, dateOfBirth: "31-02-1990" });
    expect(messages(result).dateOfBirth).toMatch(/geldige geboortedatum/);
  });

  it("calls a date of birth after today a date in the future, not an invalid one", () => {
    const tomorrow = new Date(Date.now() + 24 * 60 * 60 * 1000);
    const typed = `${tomorrow.getUTCDate()}-${tomorrow.getUTCMonth() + 1}-${tomorrow.getUTCFullYear()}`;
    const result = aboutYouSchema.safeParse({ ...valid, dateOfBirth: typed });
    expect(messages(result).dateOfBirth).toBe(
      "Deze datum ligt in de toekomst. Vul de dag in waarop je geboren bent, bijvoorbeeld 15-03-1985.",
    );
  });

  it("keeps < and > in free text as typed: pages escape them, nobody has to avoid them", () => {
    const parsed = aboutYouSchema.parse({ ...valid, firstName: "Sanne <3", lastName: "<script>x</script>" });
    expect(parsed).toMatchObject({ firstName: "Sanne <3", lastName: "<script>x</script>" });
    expect(
      availabilitySchema.parse({ availability: "Weekenden <3\r\n> 2 dagen", heardVia: "Social media" })
        .availability,
    ).toBe("Weekenden <3\r\n> 2 dagen");
    expect(withdrawSchema.parse({ reason: "Te druk <nu>", confirm: "ja" }).reason).toBe("Te druk <nu>");
  });

  it("refuses oversized names and phone numbers that are not one", () => {
    const result = aboutYouSchema.safeParse({
      ...valid,
      lastName: "x".repeat(101),
      phone: "020 79460",
    });
    expect(messages(result).lastName).toMatch(/hoogstens 100/);
    expect(messages(result).phone).toMatch(/geldig telefoonnummer/);
  });

  describe("on 23 November 2026", () => {
    beforeEach(() => vi.useFakeTimers({ now: new Date("2026-11-23T12:00:00Z"), toFake: ["Date"] }));
    afterEach(() => vi.useRealTimers());

    it("tells someone too young at step 1, next to the date of birth, from when they can apply", () => {
      for (const [dateOfBirth, age] of [
        ["23-11-2010", 16],
        ["24-11-2005", 20],
      ] as const) {
        const result = aboutYouSchema.safeParse({ ...valid, dateOfBirth });
        expect(messages(result).dateOfBirth).toBe(
          `Pleegouder, gezinshuisouder of steunouder kun je worden vanaf 21 jaar. Je bent nu ${age}. Meld je aan als je 21 bent; tot die tijd kun je op een informatiebijeenkomst alvast kennismaken.`,
        );
      }
      expect(aboutYouSchema.safeParse({ ...valid, dateOfBirth: "23-11-2005" }).success).toBe(true);
    });

    it("asks to check a date of birth nobody applying could have", () => {
      const result = aboutYouSchema.safeParse({ ...valid, dateOfBirth: "23-11-1905" });
      expect(messages(result).dateOfBirth).toMatch(/^Controleer je geboortedatum: dan ben je nu 121 jaar/);
      expect(aboutYouSchema.safeParse({ ...valid, dateOfBirth: "23-11-1926" }).success).toBe(true);
    });
  });

  it("reads dates as people type them", () => {
    expect(parseDutchDate("1-2-1990")?.toISOString().slice(0, 10)).toBe("1990-02-01");
    expect(parseDutchDate("01/02/1990")?.toISOString().slice(0, 10)).toBe("1990-02-01");
    expect(parseDutchDate("1990-02-01")?.toISOString().slice(0, 10)).toBe("1990-02-01");
    expect(parseDutchDate("29-02-2023")).toBeUndefined();
  });
});

describe("household", () => {
  it("says which housemate an error is about, and that a year in the future or long past is not valid", () => {
    vi.useFakeTimers({ now: new Date("2026-11-23T12:00:00Z"), toFake: ["Date"] });
    try {
      const result = householdSchema.safeParse({
        relation: ["partner", "child", "other", "", "child"],
        birthYear: ["1800", "2031", "12", "1990", "2012"],
      });
      expect(messages(result)).toEqual({
        "member-0":
          "1800 is geen geldig geboortejaar voor je partner. Vul een jaar in van 1900 tot en met 2026.",
        "member-1":
          "2031 is geen geldig geboortejaar voor je kind. Vul een jaar in van 1900 tot en met 2026.",
        "member-2": "Vul het geboortejaar van je andere huisgenoot in als 4 cijfers, bijvoorbeeld 2012.",
        "member-3": "Kies wie huisgenoot 4 is.",
      });
    } finally {
      vi.useRealTimers();
    }
  });

  it("keeps filled rows, skips empty ones and flags a row with a missing birth year", () => {
    const result = householdSchema.safeParse({
      relation: ["partner", "", "child"],
      birthYear: ["1980", "", ""],
    });
    expect(messages(result)).toEqual({
      "member-2": "Vul het geboortejaar van je kind in, bijvoorbeeld 2012.",
    });
    expect(householdSchema.parse({ relation: ["partner", ""], birthYear: ["1980", ""] })).toEqual({
      members: [{ relation: "partner", birthYear: 1980 }],
      addHousemate: false,
      rowsPosted: 2,
    });
  });
});

describe("how someone heard of us", () => {
  const availability = "Weekenden";

  it("keeps the words after Anders, and only with Anders", () => {
    expect(
      availabilitySchema.parse({ availability, heardVia: "Anders", heardViaOther: " Een podcast " }),
    ).toEqual({ availability, heardVia: "Anders", heardViaOther: "Een podcast" });
    expect(
      availabilitySchema.parse({ availability, heardVia: "Zoekmachine", heardViaOther: "Een podcast" }),
    ).toEqual({ availability, heardVia: "Zoekmachine" });
  });

  it("takes words without a choice as Anders, and asks for a choice when both are empty", () => {
    expect(availabilitySchema.parse({ availability, heardViaOther: "Een podcast" })).toMatchObject({
      heardVia: "Anders",
      heardViaOther: "Een podcast",
    });
    expect(messages(availabilitySchema.safeParse({ availability }))).toEqual({
      heardVia: "Kies hoe je van ons hebt gehoord.",
    });
    expect(
      messages(
        availabilitySchema.safeParse({ availability, heardVia: "Anders", heardViaOther: "x".repeat(201) }),
      ),
    ).toEqual({ heardViaOther: "Houd het kort: hoogstens 200 tekens." });
  });
});

describe("address", () => {
  it("normalises postcodes and refuses invalid ones", () => {
    expect(addressSchema.parse({ postcode: "3511 ab", houseNumber: "12a" }).postcode).toBe("3511AB");
    expect(messages(addressSchema.safeParse({ postcode: "0123AB", houseNumber: "1" })).postcode).toMatch(
      /geldige postcode/,
    );
    expect(messages(addressSchema.safeParse({ postcode: "1234SS", houseNumber: "1" })).postcode).toMatch(
      /geldige postcode/,
    );
    expect(
      messages(addressSchema.safeParse({ postcode: "3511AB", houseNumber: "twaalf" })).houseNumber,
    ).toMatch(/huisnummer/);
  });
});

describe("age rules", () => {
  const today = new Date("2026-11-23T00:00:00Z");

  it("refuses every kind of parenting under 21, and accepts it from the 21st birthday", () => {
    const twenty = new Date("2006-06-01T00:00:00Z");
    expect(ageProblem(twenty, ["foster"], today)).toMatch(/vanaf 21 jaar/);
    expect(ageProblem(twenty, ["support"], today)).toMatch(/vanaf 21 jaar/);
    expect(ageProblem(new Date("2005-11-23T00:00:00Z"), ["foster", "support"], today)).toBeUndefined();
  });
});

describe("consent and progress", () => {
  it("needs the privacy consent", () => {
    expect(messages(submitSchema.safeParse({ privacyConsent: null })).privacyConsent).toMatch(
      /privacyverklaring/,
    );
  });

  it("continues at the first step not yet saved", () => {
    expect(firstOpenStep([]).key).toBe("about_you");
    expect(firstOpenStep(["about_you", "household"]).key).toBe("interest");
    expect(firstOpenStep(["about_you", "household", "interest", "address", "availability"]).key).toBe(
      "review",
    );
  });

  it("asks for a VGB for every household member aged 12 or older", () => {
    const items = applicantChecklist(
      {
        status: "submitted",
        stage: "application",
        stepsCompleted: ["about_you", "household", "interest", "address", "availability"],
        householdMembers: [
          { relation: "partner", birthYear: 1980 },
          { relation: "child", birthYear: 2013 },
          { relation: "child", birthYear: 2018 },
        ],
      },
      new Date("2026-11-23T00:00:00Z"),
    );
    const vgb = items.filter((item) => item.text.startsWith("Verklaring van Geen Bezwaar voor je"));
    expect(vgb.map((item) => item.text)).toEqual([
      "Verklaring van Geen Bezwaar voor je partner (geboren in 1980)",
      "Verklaring van Geen Bezwaar voor je kind (geboren in 2013)",
    ]);
  });
});
