import { describe, expect, it } from "vitest";
import type { GuideOrganisation } from "../../../src/domain/care-guide/care-guide";
import { entryPointsFor, providersOfStep } from "../../../src/domain/care-guide/step-providers";

const organisation = (
  name: string,
  municipalities: string[],
  offers: GuideOrganisation["offers"],
): GuideOrganisation => ({
  id: name,
  name,
  phone: null,
  email: null,
  website: null,
  municipalities,
  offers,
});

const city = organisation(
  "Pleegzorg Stad",
  ["Utrecht"],
  [
    { form: "support", households: 8, ageMin: 0, ageMax: 12 },
    { form: "long_term_foster", households: 20, ageMin: 0, ageMax: 21 },
  ],
);
const hills = organisation(
  "Gezinshuizen Heuvel",
  ["Zeist"],
  [
    { form: "support", households: null, ageMin: null, ageMax: null },
    { form: "family_home", households: 6, ageMin: 4, ageMax: 18 },
  ],
);
const east = organisation(
  "Steun Oost",
  ["Amersfoort"],
  [{ form: "support", households: 30, ageMin: 4, ageMax: 18 }],
);
const organisations = [hills, city, east];

const names = (providers: ReturnType<typeof providersOfStep>) => providers.map((p) => p.organisation.name);

describe("who offers the advised step", () => {
  it("lists only the organisations with households of that step, with just those offers", () => {
    const providers = providersOfStep(organisations, "family_home", {});
    expect(names(providers)).toEqual(["Gezinshuizen Heuvel"]);
    expect(providers[0].offers.map((offer) => offer.form)).toEqual(["family_home"]);
    expect(providers[0]).toMatchObject({ worksInMunicipality: null, ageFit: null });
    expect(providersOfStep(organisations, "part_time", {})).toEqual([]);
  });

  it("puts the organisation working in the child's municipality first, then those that take the child's age", () => {
    expect(names(providersOfStep(organisations, "support", { gemeente: "Amersfoort" }))).toEqual([
      "Steun Oost",
      "Gezinshuizen Heuvel",
      "Pleegzorg Stad",
    ]);
    const forFourteen = providersOfStep(organisations, "support", { leeftijd: 14 });
    expect(forFourteen.map((p) => [p.organisation.name, p.ageFit])).toEqual([
      ["Steun Oost", "fits"],
      ["Gezinshuizen Heuvel", "unknown"],
      ["Pleegzorg Stad", "outside"],
    ]);
  });
});

describe("whom a local team calls", () => {
  it("the organisations working in the child's municipality, or all of them when it named none", () => {
    expect(entryPointsFor(organisations, "Zeist")).toEqual([hills]);
    expect(entryPointsFor(organisations, undefined)).toEqual(organisations);
    expect(entryPointsFor(organisations, "Groningen")).toEqual(organisations);
  });
});
