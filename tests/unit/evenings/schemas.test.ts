import { describe, expect, it } from "vitest";
import { addCalendarDays, amsterdamDate } from "../../../src/domain/evenings/amsterdam-time";
import { createEveningSchema, updateEveningSchema } from "../../../src/domain/evenings/evening-form";
import {
  cancelTokenSchema,
  interestedParentTypes,
  registrationSchema,
} from "../../../src/domain/evenings/registration-form";

const nextWeek = addCalendarDays(amsterdamDate(new Date()), 7);

/** The staff form as Astro hands it over: empty fields are null, or undefined when optional. */
const eveningForm = (overrides: Record<string, unknown> = {}) => ({
  id: "3f1c2b9e-8d4a-4c1e-9b7a-2e5f6a7b8c9d",
  organisationId: "0b7c9a8e-1d2f-4e3a-8b5c-6d7e8f9a0b1c",
  title: "Informatieavond pleegzorg",
  description: undefined,
  date: nextWeek,
  startTime: "19:30",
  endTime: "21:30",
  format: "location",
  locationName: "Buurthuis De Pijler",
  locationAddress: "Voorbeeldstraat 12",
  locationCity: "Utrecht",
  joinUrl: undefined,
  capacity: 30,
  ...overrides,
});

const fieldErrors = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => Object.fromEntries((result.error?.issues ?? []).map((issue) => [String(issue.path[0]), issue.message]));

describe("the staff form for an evening", () => {
  it("turns a Dutch date and times into moments and a place", () => {
    const parsed = createEveningSchema.parse(eveningForm({ date: "2030-12-03" }));
    expect(parsed.startsAt.toISOString()).toBe("2030-12-03T18:30:00.000Z");
    expect(parsed.endsAt.toISOString()).toBe("2030-12-03T20:30:00.000Z");
    expect(parsed).toMatchObject({
      online: false,
      location: { name: "Buurthuis De Pijler", address: "Voorbeeldstraat 12", city: "Utrecht" },
      joinUrl: null,
      description: "",
    });
  });

  it("accepts a date typed the Dutch way when the browser has no date picker", () => {
    expect(
      createEveningSchema
        .parse(eveningForm({ date: "3-12-2030", startTime: "19.30" }))
        .startsAt.toISOString(),
    ).toBe("2030-12-03T18:30:00.000Z");
  });

  it("reports every missing field at once, in Dutch", () => {
    const result = createEveningSchema.safeParse(
      eveningForm({ title: null, date: null, startTime: null, capacity: null, locationName: undefined }),
    );
    expect(fieldErrors(result)).toEqual({
      title: "Vul een titel in.",
      date: "Vul de datum in.",
      startTime: "Vul de begintijd in.",
      capacity: "Vul het aantal plaatsen in als getal.",
      locationName: "Vul de naam van de locatie in.",
    });
  });

  it("refuses a date that does not exist, a date in the past and an end before the start", () => {
    expect(fieldErrors(createEveningSchema.safeParse(eveningForm({ date: "2030-02-30" })))).toEqual({
      date: "Vul een bestaande datum in, bijvoorbeeld 3-12-2026.",
    });
    expect(fieldErrors(createEveningSchema.safeParse(eveningForm({ date: "2020-01-01" })))).toEqual({
      date: "Kies een datum en begintijd in de toekomst.",
    });
    expect(fieldErrors(createEveningSchema.safeParse(eveningForm({ endTime: "19:00" })))).toEqual({
      endTime: "De eindtijd moet na de begintijd liggen.",
    });
  });

  it("needs a https join link for an online evening, and then no place", () => {
    expect(fieldErrors(createEveningSchema.safeParse(eveningForm({ format: "online" })))).toEqual({
      joinUrl: "Vul de link naar de online bijeenkomst in.",
    });
    expect(
      fieldErrors(
        createEveningSchema.safeParse(eveningForm({ format: "online", joinUrl: "javascript:alert(1)" })),
      ),
    ).toEqual({ joinUrl: "Vul een volledige link in die begint met https://." });
    const online = updateEveningSchema.parse(
      eveningForm({ format: "online", joinUrl: "https://meet.voorbeeld.nl/abc", locationName: undefined }),
    );
    expect(online).toMatchObject({ online: true, location: null, joinUrl: "https://meet.voorbeeld.nl/abc" });
  });

  it("keeps the number of places between 1 and 1000", () => {
    expect(fieldErrors(createEveningSchema.safeParse(eveningForm({ capacity: 0 })))).toEqual({
      capacity: "Er moet minstens 1 plaats zijn.",
    });
    expect(fieldErrors(createEveningSchema.safeParse(eveningForm({ capacity: Number.NaN })))).toEqual({
      capacity: "Vul het aantal plaatsen in als getal.",
    });
  });

  it("refuses oversized text", () => {
    expect(fieldErrors(createEveningSchema.safeParse(eveningForm({ title: "x".repeat(121) })))).toEqual({
      title: "De titel mag hoogstens 120 tekens hebben.",
    });
  });
});

const registrationForm = (overrides: Record<string, unknown> = {}) => ({
  eveningId: "3f1c2b9e-8d4a-4c1e-9b7a-2e5f6a7b8c9d",
  firstName: "Samira",
  email: "Samira@Voorbeeld.NL ",
  phone: undefined,
  interest: undefined,
  website: undefined,
  ...overrides,
});

describe("the registration form", () => {
  it("normalises the address and needs only a first name and email", () => {
    expect(registrationSchema.parse(registrationForm())).toMatchObject({
      firstName: "Samira",
      email: "samira@voorbeeld.nl",
    });
  });

  it("explains in Dutch what is missing or wrong", () => {
    const result = registrationSchema.safeParse(
      registrationForm({ firstName: null, email: "samira@", phone: "bel me" }),
    );
    expect(fieldErrors(result)).toEqual({
      firstName: "Vul je voornaam in.",
      email: "Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.",
      phone: "Vul een geldig telefoonnummer in, bijvoorbeeld 06 12345678 of +31 6 12345678.",
    });
  });

  it("keeps < and > in a name as typed, and refuses oversized names", () => {
    expect(registrationSchema.parse(registrationForm({ firstName: "<Sam>" })).firstName).toBe("<Sam>");
    expect(
      fieldErrors(registrationSchema.safeParse(registrationForm({ firstName: "a".repeat(101) }))),
    ).toEqual({
      firstName: "Je voornaam mag hoogstens 100 tekens hebben.",
    });
  });

  it("accepts Dutch and international phone numbers", () => {
    for (const phone of ["06 12345678", "030-1234567", "+31 6 1234 5678", "+32 470 12 34 56"]) {
      expect(registrationSchema.safeParse(registrationForm({ phone })).success).toBe(true);
    }
  });

  it("notes a parent type only when they chose one", () => {
    expect(interestedParentTypes("support")).toEqual(["support"]);
    expect(interestedParentTypes("unsure")).toEqual([]);
    expect(interestedParentTypes(undefined)).toEqual([]);
  });

  it("accepts only whole cancel tokens", () => {
    expect(cancelTokenSchema.safeParse("a".repeat(43)).success).toBe(true);
    expect(cancelTokenSchema.safeParse("kort").success).toBe(false);
    expect(cancelTokenSchema.safeParse(`${"a".repeat(43)}'--`).success).toBe(false);
  });
});
