import { describe, expect, it } from "vitest";
import { locate, readWhereYouLive } from "../../../src/server/regional-finder/where-you-live";

describe("reading what a visitor typed in the finder", () => {
  it("reads full and four-digit postcodes as their postcode area", () => {
    expect(readWhereYouLive("3511 ab")).toEqual({ kind: "postcode", postcode4: "3511" });
    expect(readWhereYouLive(" 3811AB ")).toEqual({ kind: "postcode", postcode4: "3811" });
    expect(readWhereYouLive("9711")).toEqual({ kind: "postcode", postcode4: "9711" });
  });

  it("reads anything else starting with a letter as a place name", () => {
    expect(readWhereYouLive("'s-Hertogenbosch")).toEqual({ kind: "place", name: "'s-Hertogenbosch" });
  });

  it("names what it cannot read", () => {
    expect(readWhereYouLive("  ")).toEqual({ kind: "problem", problem: "empty" });
    expect(readWhereYouLive(null)).toEqual({ kind: "problem", problem: "empty" });
    expect(readWhereYouLive("351")).toEqual({ kind: "problem", problem: "not_a_postcode" });
    expect(readWhereYouLive("0123 AB")).toEqual({ kind: "problem", problem: "not_a_postcode" });
    expect(readWhereYouLive("a".repeat(61))).toEqual({ kind: "problem", problem: "too_long" });
  });
});

describe("locating it in the gazetteer", () => {
  it("finds a postcode area's place and municipality", () => {
    expect(locate({ kind: "postcode", postcode4: "3453" })).toEqual({
      placeName: "3453 De Meern",
      postcode4s: ["3453"],
      municipalities: ["Utrecht"],
    });
  });

  it("keeps an area it does not know, so an organisation's own list can still match it", () => {
    expect(locate({ kind: "postcode", postcode4: "1999" })).toEqual({
      placeName: null,
      postcode4s: ["1999"],
      municipalities: [],
    });
  });

  it("finds a place by name whatever the capitals, and a village by its municipality", () => {
    const ijsselstein = locate({ kind: "place", name: "ijsselstein" });
    expect(ijsselstein.placeName).toBe("IJsselstein");
    expect(ijsselstein.municipalities).toEqual(["IJsselstein"]);
    expect(ijsselstein.postcode4s.length).toBeGreaterThan(0);
    expect(locate({ kind: "place", name: "De Meern" }).municipalities).toEqual(["Utrecht"]);
  });

  it("knows nothing of a place that is not in the gazetteer", () => {
    expect(locate({ kind: "place", name: "Atlantis" })).toEqual({
      placeName: null,
      postcode4s: [],
      municipalities: [],
    });
  });
});
