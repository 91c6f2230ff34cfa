import { describe, expect, it } from "vitest";
import {
  houseNumberOf,
  isPostcode,
  normalizePostcode,
  postcode4Of,
} from "../../../src/server/geocode/postcode";

describe("Dutch postcodes", () => {
  it.each([
    ["3511AB", "3511AB"],
    ["3511 ab", "3511AB"],
    ["  3511ab ", "3511AB"],
    ["1000AA", "1000AA"],
    ["9999ZZ", "9999ZZ"],
  ])("accepts %j as %s", (input, expected) => {
    expect(normalizePostcode(input)).toBe(expected);
  });

  it.each(["0999AB", "999AB", "10000AB", "3511A", "3511ABC", "3511-AB", "3511  AB", "AB3511", ""])(
    "refuses %j",
    (input) => {
      expect(normalizePostcode(input)).toBeNull();
      expect(isPostcode(input)).toBe(false);
    },
  );

  it.each(["3511SA", "3511 sd", "3511SS"])("refuses the letter pairs PostNL never issues: %j", (input) => {
    expect(normalizePostcode(input)).toBeNull();
  });

  it("still accepts other pairs starting with S", () => {
    expect(normalizePostcode("3511 SB")).toBe("3511SB");
  });

  it("takes the postcode-4 area from a full postcode or a bare area", () => {
    expect(postcode4Of("3511 ab")).toBe("3511");
    expect(postcode4Of("3511")).toBe("3511");
    expect(postcode4Of("0351")).toBeNull();
    expect(postcode4Of("3511SS")).toBeNull();
  });

  it("reads the number from a house number with an addition", () => {
    expect(houseNumberOf("12")).toBe(12);
    expect(houseNumberOf("12a")).toBe(12);
    expect(houseNumberOf(" 12-2 ")).toBe(12);
    expect(houseNumberOf("12 bis")).toBe(12);
    expect(houseNumberOf("0")).toBeNull();
    expect(houseNumberOf("a12")).toBeNull();
    expect(houseNumberOf("123456")).toBeNull();
  });
});
