import { describe, expect, it } from "vitest";
import {
  candidateFilterQuery,
  filterCandidates,
  parseCandidateFilters,
  searchRadiusKm,
} from "../../../src/domain/placement/candidate-filters";

const parse = (query: string) => parseCandidateFilters(new URLSearchParams(query));

const candidates = [
  {
    label: "A",
    kind: "foster_family" as const,
    careForms: ["long_term" as const],
    placesFree: 1,
    distanceKm: 3,
  },
  {
    label: "B",
    kind: "family_home" as const,
    careForms: ["crisis" as const, "long_term" as const],
    placesFree: 3,
    distanceKm: 12,
  },
  {
    label: "C",
    kind: "support_family" as const,
    careForms: ["part_time" as const],
    placesFree: 2,
    distanceKm: null,
  },
];
const labels = (query: string) => filterCandidates(candidates, parse(query).filters).map((c) => c.label);

describe("the need page's candidate filters", () => {
  it("reads kind, care form, radius and free places from the URL; empty fields filter nothing", () => {
    expect(parse("soort=family_home&zorgvorm=crisis&straal=15&vrij=2")).toEqual({
      filters: { soort: "family_home", zorgvorm: "crisis", straal: 15, vrij: 2 },
      problems: [],
    });
    expect(parse("soort=&zorgvorm=&straal=&vrij=").problems).toEqual([]);
    expect(labels("soort=&straal=")).toEqual(["A", "B", "C"]);
  });

  it("names each malformed value in Dutch and keeps the other filters", () => {
    const { filters, problems } = parse("soort=kasteel&straal=ver&vrij=2.5&zorgvorm=crisis");
    expect(filters).toEqual({ soort: undefined, zorgvorm: "crisis", straal: undefined, vrij: undefined });
    expect(problems.map((problem) => problem.field)).toEqual(["soort", "straal", "vrij"]);
    expect(problems[1].message).toMatch(/^Vul bij ‘binnen’ een heel aantal kilometers in/);
  });

  it("keeps the ranked order and leaves out what fails any filter", () => {
    expect(labels("soort=family_home")).toEqual(["B"]);
    expect(labels("zorgvorm=long_term")).toEqual(["A", "B"]);
    expect(labels("vrij=2")).toEqual(["B", "C"]);
    // An unknown distance cannot be within a radius.
    expect(labels("straal=12")).toEqual(["A", "B"]);
    expect(labels("straal=5&vrij=2")).toEqual([]);
  });

  it("carries the valid filters to the map's data and draws the ring no wider than the need allows", () => {
    expect(candidateFilterQuery(parse("soort=family_home&straal=ver").filters)).toBe("?soort=family_home");
    expect(candidateFilterQuery(parse("").filters)).toBe("");
    expect(searchRadiusKm(parse("straal=8").filters, 20)).toBe(8);
    expect(searchRadiusKm(parse("straal=80").filters, 20)).toBe(20);
    expect(searchRadiusKm(parse("").filters, 20)).toBe(20);
  });
});
