import { describe, expect, it } from "vitest";
import { nextActionSchema } from "../../../src/domain/applications/follow-up";
import { calendarDate, optionalCalendarDate } from "../../../src/domain/calendar-date";

const message = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues[0]?.message;

describe("calendar dates in forms", () => {
  it("takes the date picker's and a typed Dutch date", () => {
    expect(calendarDate.parse("2026-12-03")).toBe("2026-12-03");
    expect(calendarDate.parse("3-12-2026")).toBe("2026-12-03");
  });

  it.each(["2026-02-31", "31-4-2026", "2026-13-01"])(
    "refuses the day %s that does not exist, in Dutch",
    (value) => {
      expect(message(calendarDate.safeParse(value))).toBe(
        "Vul een bestaande datum in, bijvoorbeeld 3-12-2026.",
      );
    },
  );

  it.each(["1900-01-01", "2100-01-01"])("refuses the implausible year in %s", (value) => {
    expect(message(calendarDate.safeParse(value))).toBe("Vul een datum tussen 2000 en 2099 in.");
  });

  it("lets an optional date stay empty", () => {
    expect(optionalCalendarDate.parse("")).toBeNull();
    expect(optionalCalendarDate.parse("  ")).toBeNull();
    expect(optionalCalendarDate.parse(undefined)).toBeNull();
    expect(optionalCalendarDate.parse("2027-01-05")).toBe("2027-01-05");
    expect(optionalCalendarDate.safeParse("2026-02-29").success).toBe(false);
  });

  it("puts an impossible due date of a next action on the date field", () => {
    const result = nextActionSchema.safeParse({
      applicationId: "2f1f8f59-52a4-4c47-9a51-0c1f1c7b0d11",
      expectedFollowUpVersion: 1,
      nextAction: "Bellen",
      nextActionDue: "2026-02-31",
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["nextActionDue"]);
  });
});
