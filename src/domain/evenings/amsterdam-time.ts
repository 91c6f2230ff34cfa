const zone = "Europe/Amsterdam";

const wallClockFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: zone,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

function wallClock(instant: Date): WallClock {
  const parts = Object.fromEntries(
    wallClockFormat.formatToParts(instant).map((part) => [part.type, Number(part.value)]),
  ) as Record<string, number>;
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute };
}

const pad = (value: number) => String(value).padStart(2, "0");

/** Milliseconds Amsterdam's clock is ahead of UTC at `instant` (one hour in winter, two in summer). */
function offsetAt(instant: number): number {
  const clock = wallClock(new Date(instant));
  const minuteStart = instant - (((instant % 60_000) + 60_000) % 60_000);
  return Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute) - minuteStart;
}

/** The moment a date ("2026-12-03") and time ("19:30") on a clock in the Netherlands refer to. */
export function amsterdamToUtc(date: string, time: string): Date {
  const [year, month, day] = date.split("-").map(Number);
  const [hour, minute] = time.split(":").map(Number);
  const asIfUtc = Date.UTC(year, month - 1, day, hour, minute);
  const firstGuess = asIfUtc - offsetAt(asIfUtc);
  return new Date(asIfUtc - offsetAt(firstGuess));
}

/** The calendar day in the Netherlands, as "2026-12-03". */
export function amsterdamDate(instant: Date): string {
  const clock = wallClock(instant);
  return `${clock.year}-${pad(clock.month)}-${pad(clock.day)}`;
}

/** The time on a Dutch clock, as "19:30". */
export function amsterdamTime(instant: Date): string {
  const clock = wallClock(instant);
  return `${pad(clock.hour)}:${pad(clock.minute)}`;
}

/** "2026-12-03" plus a number of calendar days. */
export function addCalendarDays(date: string, days: number): string {
  const [year, month, day] = date.split("-").map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}
