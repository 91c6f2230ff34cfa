import { describe, expect, it } from "vitest";
import { campaignSchema } from "../../../src/domain/campaigns/campaign-schema";
import { validFrontmatter } from "./campaign-fixtures";

const problemsWith = (frontmatter: Record<string, unknown>) => {
  const result = campaignSchema.safeParse(frontmatter);
  return result.success ? [] : result.error.issues.map(({ path }) => path.join("."));
};

describe("campaign frontmatter", () => {
  it("accepts a complete campaign", () => {
    expect(problemsWith(validFrontmatter)).toEqual([]);
  });

  it("accepts a region and organisation for a variant", () => {
    expect(
      problemsWith({
        ...validFrontmatter,
        region: "Regio Midden-Nederland",
        organisation: { name: "Pleegzorg Utrecht Stad" },
      }),
    ).toEqual([]);
  });

  it("refuses a campaign without a publish flag, so nothing goes live by accident", () => {
    const { publish: _, ...withoutPublish } = validFrontmatter;
    expect(problemsWith(withoutPublish)).toEqual(["publish"]);
  });

  it("refuses a parent type that does not exist", () => {
    expect(problemsWith({ ...validFrontmatter, parentType: "grandparent" })).toEqual(["parentType"]);
  });

  it("refuses a meta description too long for search results", () => {
    expect(problemsWith({ ...validFrontmatter, description: "x".repeat(161) })).toEqual(["description"]);
  });

  it("refuses a misspelt field instead of silently ignoring it", () => {
    expect(problemsWith({ ...validFrontmatter, hreo: "Typo" })).toEqual([""]);
  });

  it("refuses steps without a duration and an empty FAQ", () => {
    expect(problemsWith({ ...validFrontmatter, steps: [{ name: "Screening" }], faq: [] }).sort()).toEqual([
      "faq",
      "steps.0.duration",
    ]);
  });

  it("refuses a translation key that is not a slug", () => {
    expect(problemsWith({ ...validFrontmatter, translationKey: "Pleegouder Utrecht" })).toEqual([
      "translationKey",
    ]);
  });
});
