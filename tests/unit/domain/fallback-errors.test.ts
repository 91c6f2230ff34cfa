import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { updateAvailabilitySchema } from "../../../src/domain/capacity/availability-form";
import { configureFallbackErrors } from "../../../src/domain/fallback-errors";
import type { Locale } from "../../../src/domain/i18n/locales";
import { rowVersion } from "../../../src/domain/row-version";

const messages = (result: { error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message) ?? [];

describe("a forged value where a field names no message of its own", () => {
  let pageLocale: Locale = "nl";
  beforeAll(() => configureFallbackErrors(() => pageLocale));
  afterEach(() => {
    pageLocale = "nl";
  });

  it("gets a Dutch message, not zod's English", () => {
    const forged = z.object({ on: z.boolean(), count: z.number(), id: z.uuid(), pick: z.enum(["a"]) });
    const found = messages(forged.safeParse({ on: "maybe", count: "x", id: "no", pick: "b" }));
    expect(found).toHaveLength(4);
    for (const message of found) expect(message).toMatch(/^Deze waarde kunnen we niet gebruiken/);
  });

  it("leaves a field's own Dutch message alone", () => {
    expect(messages(rowVersion.safeParse(2 ** 40))).not.toContain(expect.stringMatching(/^Deze waarde/));
    expect(messages(z.string().max(2).safeParse("abc"))[0]).toMatch(/Te (groot|lang)/i);
  });

  it("covers the forms' hidden fields too", () => {
    const found = messages(updateAvailabilitySchema.safeParse({ householdId: "x", expectedVersion: "x" }));
    expect(found.some((message) => /invalid|expected/i.test(message))).toBe(false);
  });

  it("speaks English when the page that posted it is English", () => {
    pageLocale = "en";
    const forged = z.object({ on: z.boolean(), pick: z.enum(["a"]) });
    const found = messages(forged.safeParse({ on: "maybe", pick: "b" }));
    expect(found).toEqual([
      "We cannot use this value. Reload the page and choose or fill it in again.",
      "We cannot use this value. Reload the page and choose or fill it in again.",
    ]);
    expect(messages(z.string().max(2).safeParse("abc"))[0]).toMatch(/too big/i);
  });
});
