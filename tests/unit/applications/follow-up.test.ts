import { describe, expect, it } from "vitest";
import { isOverdue, nextActionSchema } from "../../../src/domain/applications/follow-up";

const base = { applicationId: "7f1b0c52-3c1e-4f7a-9d55-6d1b2a3c4e5f", expectedFollowUpVersion: "0" };

describe("the next action", () => {
  it("is overdue the day after its due date, not on it", () => {
    expect(isOverdue("2026-12-03", "2026-12-04")).toBe(true);
    expect(isOverdue("2026-12-04", "2026-12-04")).toBe(false);
    expect(isOverdue(null, "2026-12-04")).toBe(false);
  });

  it("needs a date with a text and a text with a date; both empty clears it", () => {
    const problems = (input: Record<string, unknown>) =>
      nextActionSchema.safeParse({ ...base, ...input }).error?.issues.map((issue) => issue.path.join("."));
    expect(problems({ nextAction: "VGB nabellen", nextActionDue: null })).toEqual(["nextActionDue"]);
    expect(problems({ nextAction: null, nextActionDue: "2026-12-15" })).toEqual(["nextAction"]);
    expect(nextActionSchema.parse({ ...base, nextAction: null, nextActionDue: null })).toMatchObject({
      nextAction: null,
      nextActionDue: null,
    });
  });
});
