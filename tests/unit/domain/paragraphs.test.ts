import { describe, expect, it } from "vitest";
import { paragraphs } from "../../../src/domain/text";

describe("paragraphs of a textarea's text", () => {
  it("starts a paragraph at a blank line as a browser sends it (CR LF)", () => {
    expect(paragraphs("Welkom!\r\n\r\nWe vertellen over pleegzorg.\r\nMet koffie.")).toEqual([
      "Welkom!",
      "We vertellen over pleegzorg.\nMet koffie.",
    ]);
  });

  it("treats LF, a blank line with spaces and several blank lines alike", () => {
    expect(paragraphs("Een\n\nTwee\n  \nDrie\r\n\r\n\r\n\r\nVier\n")).toEqual([
      "Een",
      "Twee",
      "Drie",
      "Vier",
    ]);
  });

  it("gives nothing for blank text", () => {
    expect(paragraphs(" \r\n\r\n ")).toEqual([]);
  });
});
