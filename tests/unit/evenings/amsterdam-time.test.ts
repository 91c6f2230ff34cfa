import { describe, expect, it } from "vitest";
import {
  addCalendarDays,
  amsterdamDate,
  amsterdamTime,
  amsterdamToUtc,
} from "../../../src/domain/evenings/amsterdam-time";

describe("Dutch clock time", () => {
  it("is one hour ahead of UTC in winter and two in summer", () => {
    expect(amsterdamToUtc("2026-12-03", "19:30").toISOString()).toBe("2026-12-03T18:30:00.000Z");
    expect(amsterdamToUtc("2026-06-11", "19:30").toISOString()).toBe("2026-06-11T17:30:00.000Z");
  });

  it("is right on the days the clocks change", () => {
    expect(amsterdamToUtc("2026-03-29", "20:00").toISOString()).toBe("2026-03-29T18:00:00.000Z");
    expect(amsterdamToUtc("2026-10-25", "20:00").toISOString()).toBe("2026-10-25T19:00:00.000Z");
  });

  it("reads back the date and time it was made from", () => {
    const moment = amsterdamToUtc("2027-01-01", "00:15");
    expect(amsterdamDate(moment)).toBe("2027-01-01");
    expect(amsterdamTime(moment)).toBe("00:15");
  });

  it("adds calendar days across a month and a year", () => {
    expect(addCalendarDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addCalendarDays("2026-03-01", -1)).toBe("2026-02-28");
  });
});
