import { z } from "zod";
import { parseQuery, type QueryProblem, type QueryValues, queryString } from "../query-filters";
import { parentTypes } from "./options";
import { applicantStages } from "./stages";

export const pipelineStatuses = ["open", "parked", "withdrawn", "rejected"] as const;
export type PipelineStatus = (typeof pipelineStatuses)[number];

export const pipelineStatusLabels: Record<PipelineStatus, string> = {
  open: "Lopend",
  parked: "On hold",
  withdrawn: "Ingetrokken",
  rejected: "Afgewezen",
};

/** Follow-up filters: whose applicants ("mij", "niemand" or a recruiter's id) and the next action's state. */
export const nextActionFilters = ["te-laat", "gepland", "geen"] as const;
export type NextActionFilter = (typeof nextActionFilters)[number];

export const nextActionFilterLabels: Record<NextActionFilter, string> = {
  "te-laat": "Te laat",
  gepland: "Gepland",
  geen: "Geen volgende actie",
};

export const pipelineSorts = ["activiteit", "naam", "fase", "aangemeld"] as const;
export type PipelineSort = (typeof pipelineSorts)[number];

export const pipelineSortLabels: Record<PipelineSort, string> = {
  activiteit: "Laatste activiteit",
  naam: "Naam",
  fase: "Fase",
  aangemeld: "Aangemeld op",
};

/** Cards without a move for longer than this are flagged, unless the organisation's admin chose otherwise. */
export const defaultQuietAfterDays = 14;
export const pipelinePageSize = 25;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => value || undefined);

/** One schema per query parameter, with Dutch names as they appear in a shared link. */
const fields = {
  fase: {
    schema: z.enum(applicantStages).optional(),
    fallback: undefined,
    message: "Die fase bestaat niet; alle fasen worden getoond.",
  },
  status: {
    schema: z.enum(pipelineStatuses).default("open"),
    fallback: "open",
    message: "Die status bestaat niet; de lopende aanmeldingen worden getoond.",
  },
  ouder: {
    schema: z.enum(parentTypes).optional(),
    fallback: undefined,
    message: "Dat soort ouderschap bestaat niet; alle soorten worden getoond.",
  },
  bron: {
    schema: optionalText(200).optional(),
    fallback: undefined,
    message: "De bron is te lang (hoogstens 200 tekens); er wordt niet op bron gefilterd.",
  },
  stil: {
    schema: z.coerce.number().int().min(1).max(3650).optional(),
    fallback: undefined,
    message:
      "Vul bij ‘geen activiteit sinds’ een heel aantal dagen in (1 tot 3650); er wordt niet op gefilterd.",
  },
  werver: {
    schema: z.union([z.enum(["mij", "niemand"]), z.uuid()]).optional(),
    fallback: undefined,
    message: "Die werver bestaat niet; aanmeldingen van iedereen worden getoond.",
  },
  actie: {
    schema: z.enum(nextActionFilters).optional(),
    fallback: undefined,
    message: "Dat filter op de volgende actie bestaat niet; er wordt niet op gefilterd.",
  },
  zoek: {
    schema: optionalText(100).optional(),
    fallback: undefined,
    message: "De zoekterm is te lang (hoogstens 100 tekens); er wordt niet gezocht.",
  },
  weergave: {
    schema: z.enum(["bord", "tabel"]).default("bord"),
    fallback: "bord",
    message: "Die weergave bestaat niet; het bord wordt getoond.",
  },
  sorteer: {
    schema: z.enum(pipelineSorts).default("activiteit"),
    fallback: "activiteit",
    message: "Op die kolom kan niet worden gesorteerd; er wordt op laatste activiteit gesorteerd.",
  },
  richting: {
    schema: z.enum(["op", "af"]).default("af"),
    fallback: "af",
    message: "Die sorteerrichting bestaat niet; er wordt aflopend gesorteerd.",
  },
  pagina: {
    schema: z.coerce.number().int().min(1).max(100000).default(1),
    fallback: 1,
    message: "Dat paginanummer bestaat niet; de eerste pagina wordt getoond.",
  },
} as const;

type Fields = typeof fields;
export type PipelineFilterName = keyof Fields;
export type PipelineFilters = QueryValues<Fields>;

export type PipelineFilterProblem = QueryProblem<PipelineFilterName>;

export function parsePipelineFilters(params: URLSearchParams): {
  filters: PipelineFilters;
  problems: PipelineFilterProblem[];
} {
  const { values, problems } = parseQuery(fields, params);
  return { filters: values, problems };
}

/** The query string of this view with some values changed (undefined drops one); defaults are left out. */
export function pipelineHref(filters: PipelineFilters, changes: Partial<PipelineFilters> = {}): string {
  const merged = { ...filters, ...changes };
  const defaults = parsePipelineFilters(new URLSearchParams()).filters;
  const query = queryString(merged, defaults);
  return query ? `/werving?${query}` : "/werving";
}

/** A pipeline link with a query that is not a filter appended: an action's (`?_action=…`) or a notice's. */
export function withQuery(href: string, query: string): string {
  return `${href}${href.includes("?") ? "&" : "?"}${query.replace(/^\?/, "")}`;
}

/** The CSV download of every application this view's filters match, in the table's order. */
export function pipelineExportHref(filters: PipelineFilters): string {
  const defaults = parsePipelineFilters(new URLSearchParams()).filters;
  const query = queryString({ ...filters, weergave: undefined, pagina: undefined }, defaults);
  return query ? `/werving/export?${query}` : "/werving/export";
}
