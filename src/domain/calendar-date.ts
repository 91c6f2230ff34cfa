import { z } from "zod";
import { textLine } from "./text";

/** Dates the forms take: planning, checks and availability, never a birth date. */
const earliestYear = 2000;
const latestYear = 2099;

/** "2026-12-03" for "2026-12-03" or "3-12-2026", if that day exists; else undefined. */
function isoDate(value: string): string | undefined {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(value);
  const parts = iso ? [iso[1], iso[2], iso[3]] : dutch ? [dutch[3], dutch[2], dutch[1]] : undefined;
  if (!parts) return undefined;
  const normalized = `${parts[0]}-${parts[1].padStart(2, "0")}-${parts[2].padStart(2, "0")}`;
  const parsed = new Date(`${normalized}T12:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(normalized)
    ? normalized
    : undefined;
}

/** Accepts the date picker's "2026-12-03" and a typed Dutch "3-12-2026"; gives "2026-12-03". */
export const calendarDate = textLine({ error: "Vul de datum in." }).transform((value, ctx) => {
  const normalized = isoDate(value);
  if (!normalized) {
    ctx.addIssue({ code: "custom", message: "Vul een bestaande datum in, bijvoorbeeld 3-12-2026." });
    return z.NEVER;
  }
  const year = Number(normalized.slice(0, 4));
  if (year < earliestYear || year > latestYear) {
    ctx.addIssue({ code: "custom", message: `Vul een datum tussen ${earliestYear} en ${latestYear} in.` });
    return z.NEVER;
  }
  return normalized;
});

/** A date that may stay empty: an empty field (or none) is null. */
export const optionalCalendarDate = z
  .preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? null : value),
    calendarDate.nullish(),
  )
  .transform((value) => value ?? null);
