import { describe, expect, it } from "vitest";
import { addCalendarDays, amsterdamDate } from "../../../src/domain/evenings/amsterdam-time";
import {
  cancelNeedSchema,
  createNeedSchema,
  updateNeedSchema,
} from "../../../src/domain/placement/need-form";
import { parseNeedLocation } from "../../../src/domain/placement/need-location";

const today = amsterdamDate(new Date());
const nextWeek = addCalendarDays(today, 7);

/** The need form as Astro hands it over: empty fields are null, or undefined when optional. */
const needForm = (overrides: Record<string, unknown> = {}) => ({
  id: "3f1c2b9e-8d4a-4c1e-9b7a-2e5f6a7b8c9d",
  organisationId: "0b7c9a8e-1d2f-4e3a-8b5c-6d7e8f9a0b1c",
  reference: "pv-2026-0900",
  childAge: 9,
  childGender: undefined,
  siblingCount: 0,
  siblingsTogether: false,
  urgency: "regular",
  startDate: nextWeek,
  careForm: "long_term",
  expectedDuration: undefined,
  schoolLocation: "3511 AB",
  parentsLocation: "Zeist",
  maxDistanceKm: 20,
  needs: ["trauma"],
  needsAccessibleHome: false,
  exclusions: [],
  languages: [],
  cultureWish: undefined,
  expectedPastEighteen: false,
  courtOrdered: true,
  ...overrides,
});

const fieldErrors = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => Object.fromEntries((result.error?.issues ?? []).map((issue) => [String(issue.path[0]), issue.message]));

describe("the placement need form", () => {
  it("keeps only the postcode area of a full postcode, and a place name as typed", () => {
    const parsed = createNeedSchema.parse(needForm());
    expect(parsed).toMatchObject({
      reference: "PV-2026-0900",
      schoolLocation: { kind: "postcode4", postcode4: "3511" },
      parentsLocation: { kind: "place", place: "Zeist" },
      childGender: null,
      siblingsTogether: true,
      cultureWish: null,
    });
  });

  it("refuses impossible ages and sibling counts with Dutch messages", () => {
    expect(fieldErrors(createNeedSchema.safeParse(needForm({ childAge: 19, siblingCount: -1 })))).toEqual({
      childAge: "Vul een leeftijd van 0 tot en met 17 jaar in.",
      siblingCount: "Vul een aantal broers en zussen van 0 tot en met 8 in.",
    });
    expect(
      fieldErrors(createNeedSchema.safeParse(needForm({ childAge: Number.NaN, maxDistanceKm: null }))),
    ).toEqual({
      childAge: "Vul de leeftijd in hele jaren in.",
      maxDistanceKm: "Vul de afstand in hele kilometers in.",
    });
    expect(fieldErrors(createNeedSchema.safeParse(needForm({ childAge: 4.5 })))).toEqual({
      childAge: "Vul de leeftijd in hele jaren in.",
    });
  });

  it("refuses a start date in the past, and a crisis today that starts another day", () => {
    expect(
      fieldErrors(createNeedSchema.safeParse(needForm({ startDate: addCalendarDays(today, -1) }))),
    ).toEqual({
      startDate: "Kies een startdatum vanaf vandaag.",
    });
    expect(
      fieldErrors(createNeedSchema.safeParse(needForm({ urgency: "crisis_today", careForm: "crisis" }))),
    ).toEqual({
      startDate: "Een crisisplaatsing voor vandaag begint vandaag. Kies vandaag of een andere urgentie.",
    });
    expect(createNeedSchema.safeParse(needForm({ urgency: "crisis_today", startDate: today })).success).toBe(
      true,
    );
    expect(fieldErrors(createNeedSchema.safeParse(needForm({ startDate: "31-02-2030" })))).toEqual({
      startDate: "Vul een bestaande datum in, bijvoorbeeld 3-12-2026.",
    });
  });

  it("refuses a name-like or malformed reference", () => {
    expect(fieldErrors(createNeedSchema.safeParse(needForm({ reference: "Sanne de Vries" })))).toEqual({
      reference:
        "Gebruik 4 tot 20 letters, cijfers of streepjes, bijvoorbeeld PV-2026-0123. Nooit de naam van het kind.",
    });
  });

  it("asks for a postcode or a place name where a location is unreadable", () => {
    expect(fieldErrors(createNeedSchema.safeParse(needForm({ schoolLocation: "12@#" })))).toEqual({
      schoolLocation:
        "Vul een postcode in (bijvoorbeeld 3511 of 3511 AB) of een plaatsnaam (bijvoorbeeld Zeist).",
    });
    expect(createNeedSchema.parse(needForm({ schoolLocation: null, parentsLocation: null }))).toMatchObject({
      schoolLocation: null,
      parentsLocation: null,
    });
  });

  it("asks about staying past 18 only for children of 12 and older", () => {
    expect(
      fieldErrors(createNeedSchema.safeParse(needForm({ expectedPastEighteen: true, childAge: 8 }))),
    ).toEqual({
      expectedPastEighteen:
        "Verblijf na 18 jaar kun je aangeven vanaf 12 jaar. Haal het vinkje weg of pas de leeftijd aan.",
    });
  });

  it("refuses tags that are not on the list", () => {
    expect(fieldErrors(createNeedSchema.safeParse(needForm({ needs: ["trauma", "vliegen"] })))).toEqual({
      needs: "Kies uit de lijst.",
    });
  });

  it("edits carry the need's id and the version they started from instead of an organisation", () => {
    const { organisationId: _, ...form } = needForm();
    const expectedUpdatedAt = "2026-12-04 10:15:00.123456+00";
    expect(updateNeedSchema.parse({ ...form, expectedUpdatedAt })).toMatchObject({
      id: form.id,
      expectedUpdatedAt,
    });
    expect(updateNeedSchema.safeParse(form).success).toBe(false);
    expect(fieldErrors(cancelNeedSchema.safeParse({ id: form.id, reason: "" }))).toEqual({
      reason: "Vul de reden in, in minstens 3 tekens.",
    });
  });
});

describe("where school and parents are", () => {
  it.each([
    ["3511", { kind: "postcode4", postcode4: "3511" }],
    ["3511ab", { kind: "postcode4", postcode4: "3511" }],
    ["  Wijk bij  Duurstede ", { kind: "place", place: "Wijk bij Duurstede" }],
    ["'s-Hertogenbosch", { kind: "place", place: "'s-Hertogenbosch" }],
    ["3511 @", undefined],
    ["0123", undefined],
  ])("%s", (input, expected) => {
    expect(parseNeedLocation(input)).toEqual(expected);
  });
});
