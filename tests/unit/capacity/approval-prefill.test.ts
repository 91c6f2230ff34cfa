import { describe, expect, it } from "vitest";
import {
  type ApplicationForPrefill,
  approvalSchema,
  prefillCapacity,
} from "../../../src/domain/capacity/approval";

const application: ApplicationForPrefill = {
  firstName: "Sam",
  lastName: "Voorbeeld",
  email: "sam@voorbeeld.test",
  phone: null,
  parentTypes: ["foster"],
  careForms: [],
  householdMembers: [
    { relation: "partner", birthYear: 1984 },
    { relation: "child", birthYear: 2019 },
    { relation: "child", birthYear: 2012 },
  ],
  postcode: "3512AB",
  municipality: "Utrecht",
};
const utrecht = { postcode4: "3512", municipality: "Utrecht" };

describe("the approval form filled in from the application", () => {
  it("a foster applicant becomes a foster family with their own children's ages this year and their postcode area", () => {
    const prefill = prefillCapacity(application, utrecht, "2026-12-04");
    expect(prefill).toMatchObject({
      kind: "foster_family",
      careForms: ["long_term"],
      childrenAges: [7, 14],
      postcode4: "3512",
      municipality: "Utrecht",
      availableFrom: "2026-12-04",
      contactName: "Sam Voorbeeld",
      contactEmail: "sam@voorbeeld.test",
      contactPhone: "",
    });
  });

  it("takes the heaviest form applied for, and the care forms as the applicant chose them", () => {
    expect(
      prefillCapacity({ ...application, parentTypes: ["support", "family_home"] }, utrecht, "2026-12-04"),
    ).toMatchObject({ kind: "family_home", placesTotal: 4, placesFree: 4 });
    expect(
      prefillCapacity(
        { ...application, parentTypes: ["support"], careForms: ["part_time"] },
        utrecht,
        "2026-12-04",
      ),
    ).toMatchObject({ kind: "support_family", careForms: ["part_time"] });
  });

  it("keeps the application's own postcode and municipality when the gazetteer does not know the area", () => {
    expect(
      prefillCapacity(
        { ...application, postcode: "9999ZZ", municipality: "Ergens" },
        undefined,
        "2026-12-04",
      ),
    ).toMatchObject({ postcode4: "9999", municipality: "Ergens" });
  });
});

describe("the approval form's rules", () => {
  const valid = {
    applicationId: "7f1b0c52-3c1e-4f7a-9d55-6d1b2a3c4e5f",
    expectedVersion: "3",
    kind: "foster_family",
    careForms: ["long_term"],
    placesTotal: 2,
    placesFree: 1,
    maxSiblingGroup: 1,
    ageMin: 0,
    ageMax: 12,
    childrenAges: "7, 14 en 16",
    languages: "NL en",
    hasPets: false,
    smoking: false,
    accessibleHome: false,
    ownBedroom: true,
    openPastEighteen: false,
    maxTravelKm: 25,
    postcode4: "3512",
    municipality: "Utrecht",
    contactName: "Sam Voorbeeld",
    contactEmail: "Sam@Voorbeeld.test",
  };

  it("reads ages and languages as people type them", () => {
    const parsed = approvalSchema.parse(valid);
    expect(parsed.childrenAges).toEqual([7, 14, 16]);
    expect(parsed.languages).toEqual(["nl", "en"]);
    expect(parsed.contactEmail).toBe("sam@voorbeeld.test");
  });

  it("puts each problem next to its field in Dutch", () => {
    const result = approvalSchema.safeParse({
      ...valid,
      careForms: [],
      placesFree: 3,
      ageMin: 12,
      ageMax: 4,
      postcode4: "351",
      childrenAges: "zeven",
    });
    expect(result.success).toBe(false);
    const fields = Object.fromEntries(
      (result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]),
    );
    expect(fields).toMatchObject({
      careForms: "Kies minstens één zorgvorm.",
      postcode4: "Vul de 4 cijfers van de postcode in, bijvoorbeeld 3511.",
      childrenAges: "Vul leeftijden in als hele getallen, bijvoorbeeld 4, 9.",
    });
  });

  it("refuses more free places than places, and an upper age below the lower one", () => {
    const result = approvalSchema.safeParse({ ...valid, placesFree: 3, ageMin: 12, ageMax: 4 });
    const fields = Object.fromEntries(
      (result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]),
    );
    expect(fields).toEqual({
      placesFree: "Er kunnen niet meer plekken vrij zijn dan er zijn.",
      ageMax: "De hoogste leeftijd is lager dan de laagste.",
    });
  });
});
