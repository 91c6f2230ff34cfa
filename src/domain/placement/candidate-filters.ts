import { z } from "zod";
import { type CareForm, careFormLabels, type HouseholdKind, householdKindLabels } from "../capacity/labels";

/** How many candidates the need's page lists (and maps) after the filters. */
export const shownCandidates = 10;
/** How many ranked candidates the filters choose from. */
export const filteredCandidatePool = 100;

const householdKinds = Object.keys(householdKindLabels) as [HouseholdKind, ...HouseholdKind[]];
const careForms = Object.keys(careFormLabels) as [CareForm, ...CareForm[]];

/** One schema per query parameter (Dutch names, as in a shared link): a malformed value is dropped on its own. */
const fields = {
  soort: {
    schema: z.enum(householdKinds).optional(),
    message: "Die soort gezin bestaat niet; alle soorten worden getoond.",
  },
  zorgvorm: {
    schema: z.enum(careForms).optional(),
    message: "Die zorgvorm bestaat niet; alle zorgvormen worden getoond.",
  },
  straal: {
    schema: z.coerce.number().int().min(1).max(300).optional(),
    message:
      "Vul bij ‘binnen’ een heel aantal kilometers in (1 tot 300); er wordt niet op afstand gefilterd.",
  },
  vrij: {
    schema: z.coerce.number().int().min(1).max(20).optional(),
    message:
      "Vul bij ‘vrije plekken’ een heel aantal in (1 tot 20); er wordt niet op vrije plekken gefilterd.",
  },
} as const;

type Fields = typeof fields;
export type CandidateFilterName = keyof Fields;
export type CandidateFilters = { [K in CandidateFilterName]: z.output<Fields[K]["schema"]> };

export interface CandidateFilterProblem {
  field: CandidateFilterName;
  message: string;
}

export const candidateFilterNames = Object.keys(fields) as CandidateFilterName[];

export function parseCandidateFilters(params: URLSearchParams): {
  filters: CandidateFilters;
  problems: CandidateFilterProblem[];
} {
  const filters: Record<string, unknown> = {};
  const problems: CandidateFilterProblem[] = [];
  for (const name of candidateFilterNames) {
    // An empty field of a submitted GET form means "no filter", not a malformed value.
    const raw = params.get(name)?.trim() || undefined;
    const parsed = fields[name].schema.safeParse(raw);
    filters[name] = parsed.success ? parsed.data : undefined;
    if (!parsed.success) problems.push({ field: name, message: fields[name].message });
  }
  return { filters: filters as CandidateFilters, problems };
}

/** The query string that carries these filters ("" without any), e.g. for the map's data. */
export function candidateFilterQuery(filters: CandidateFilters): string {
  const params = new URLSearchParams();
  for (const name of candidateFilterNames) {
    const value = filters[name];
    if (value !== undefined) params.set(name, String(value));
  }
  const query = params.toString();
  return query ? `?${query}` : "";
}

interface Filterable {
  kind: HouseholdKind;
  careForms: CareForm[];
  placesFree: number;
  distanceKm: number | null;
}

/** The candidates that pass every filter, in their ranked order; an unknown distance fails a radius. */
export function filterCandidates<T extends Filterable>(candidates: T[], filters: CandidateFilters): T[] {
  const { soort, zorgvorm, straal, vrij } = filters;
  return candidates.filter(
    (candidate) =>
      (soort === undefined || candidate.kind === soort) &&
      (zorgvorm === undefined || candidate.careForms.includes(zorgvorm)) &&
      (straal === undefined || (candidate.distanceKm !== null && candidate.distanceKm <= straal)) &&
      (vrij === undefined || candidate.placesFree >= vrij),
  );
}

/** The ring drawn around the need's point: the chosen radius, never wider than the need's maximum distance. */
export const searchRadiusKm = (filters: CandidateFilters, maxDistanceKm: number) =>
  Math.min(filters.straal ?? maxDistanceKm, maxDistanceKm);
