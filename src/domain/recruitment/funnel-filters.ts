import { z } from "zod";
import { parentTypes } from "../applications/options";
import { parseQuery, type QueryProblem, type QueryValues, queryString } from "../query-filters";

/** A month as `<input type="month">` sends it: 2026-03. */
const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;
const month = z.string().regex(monthPattern);

export const funnelPath = "/werving/stuurinformatie";

/** The months of the period, both included; `until` may not lie before `from`. */
export interface FunnelPeriod {
  from: string;
  until: string;
}

const monthOf = (date: Date) => date.toISOString().slice(0, 7);
const addMonths = (value: string, months: number) => {
  const [year, monthNumber] = value.split("-").map(Number);
  return monthOf(new Date(Date.UTC(year, monthNumber - 1 + months, 1)));
};

/** The last twelve months, this one included. */
export function defaultFunnelPeriod(today: Date): FunnelPeriod {
  const until = monthOf(today);
  return { from: addMonths(until, -11), until };
}

/** For a malformed organisation, and for one outside what the caller may see (found out later). */
export const unknownOrganisationProblem = {
  field: "organisatie",
  message:
    "Die organisatie bestaat niet of je mag haar cijfers niet zien; alle organisaties die je mag zien worden getoond.",
} as const;

function fieldsFor(today: Date) {
  const period = defaultFunnelPeriod(today);
  return {
    van: {
      schema: month.default(period.from),
      fallback: period.from,
      message: "Vul bij ‘van’ een maand in als 2026-01; de periode begint twaalf maanden terug.",
    },
    tot: {
      schema: month.default(period.until),
      fallback: period.until,
      message: "Vul bij ‘tot en met’ een maand in als 2026-12; de periode loopt tot en met deze maand.",
    },
    ouder: {
      schema: z.enum(parentTypes).optional(),
      fallback: undefined,
      message: "Dat soort ouderschap bestaat niet; alle soorten worden getoond.",
    },
    bron: {
      schema: z.string().max(200).optional(),
      fallback: undefined,
      message: "De bron is te lang (hoogstens 200 tekens); er wordt niet op bron gefilterd.",
    },
    organisatie: {
      schema: z.uuid().optional(),
      fallback: undefined,
      message: unknownOrganisationProblem.message,
    },
  };
}

export type FunnelFilters = QueryValues<ReturnType<typeof fieldsFor>>;
export type FunnelFilterName = keyof FunnelFilters;
export type FunnelFilterProblem = QueryProblem<FunnelFilterName>;

/** Longer periods make the month table unreadable and the query slow. */
export const maxFunnelMonths = 60;

export function parseFunnelFilters(
  params: URLSearchParams,
  today: Date,
): { filters: FunnelFilters; problems: FunnelFilterProblem[] } {
  const { values, problems } = parseQuery(fieldsFor(today), params);
  const months = monthsBetween(values.van, values.tot);
  if (months < 1 || months > maxFunnelMonths) {
    const period = defaultFunnelPeriod(today);
    problems.push({
      field: "tot",
      message:
        months < 1
          ? "‘Tot en met’ ligt voor ‘van’; de laatste twaalf maanden worden getoond."
          : `Kies een periode van hoogstens ${maxFunnelMonths} maanden; de laatste twaalf maanden worden getoond.`,
    });
    return { filters: { ...values, van: period.from, tot: period.until }, problems };
  }
  return { filters: values, problems };
}

/** How many months the period spans, both ends included (0 or less when it runs backwards). */
export function monthsBetween(from: string, until: string): number {
  const [fromYear, fromMonth] = from.split("-").map(Number);
  const [untilYear, untilMonth] = until.split("-").map(Number);
  return (untilYear - fromYear) * 12 + (untilMonth - fromMonth) + 1;
}

/** The period as dates for the database: the first day, and the first day after it. */
export function funnelPeriodDates(filters: FunnelFilters): { start: string; end: string } {
  return { start: `${filters.van}-01`, end: `${addMonths(filters.tot, 1)}-01` };
}

/** Every month of the period, oldest first, so a month without applications still gets a row. */
export function periodMonths(filters: FunnelFilters): string[] {
  return Array.from({ length: monthsBetween(filters.van, filters.tot) }, (_, index) =>
    addMonths(filters.van, index),
  );
}

/** This view's query string with some values changed, defaults left out. */
export function funnelQuery(
  filters: FunnelFilters,
  today: Date,
  changes: Partial<FunnelFilters> = {},
): string {
  return queryString({ ...filters, ...changes }, parseFunnelFilters(new URLSearchParams(), today).filters);
}
