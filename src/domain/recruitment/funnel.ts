import { type ParentType, parentTypeLabels } from "../applications/options";
import { type ApplicantStage, applicantStages, stageInfo } from "../applications/stages";
import type { CsvCell, CsvTable } from "../export/csv";

/** The stages the funnel follows: an application is counted from the moment it is sent. */
export const funnelStages = applicantStages.slice(applicantStages.indexOf("application"));

export type FunnelBreakdown = "all" | "source" | "parent_type" | "month";
export type ApplicationExit = "withdrawn" | "rejected" | "parked";

export interface FunnelStageCount {
  breakdown: FunnelBreakdown;
  /** The campaign or source, parent type or month (YYYY-MM); null for 'all' and for an unknown source. */
  bucket: string | null;
  stage: ApplicantStage;
  reached: number;
  /** Of those who reached the stage, how many reached the next one on their route. */
  movedOn: number;
  /** Median days a stay in the stage lasted, null without a finished stay. */
  medianDays: number | null;
}

export interface FunnelExitCount {
  breakdown: FunnelBreakdown;
  bucket: string | null;
  exit: ApplicationExit;
  reasonCode: string;
  reason: string;
  stage: ApplicantStage;
  applications: number;
}

export interface Funnel {
  stages: FunnelStageCount[];
  exits: FunnelExitCount[];
}

export const exitLabels: Record<ApplicationExit, string> = {
  withdrawn: "Gestopt",
  rejected: "Afgewezen",
  parked: "On hold",
};

export const funnelTableIds = ["fasen", "uitstroom", "bron", "ouder", "maand"] as const;
export type FunnelTableId = (typeof funnelTableIds)[number];

export interface FunnelTable extends CsvTable {
  id: FunnelTableId;
  caption: string;
}

/** A share as a percentage with one decimal, or null when there is nothing to divide by. */
export function percentage(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 10;
}

const monthFormat = new Intl.DateTimeFormat("nl-NL", { month: "long", year: "numeric", timeZone: "UTC" });
export const monthLabel = (month: string) => monthFormat.format(new Date(`${month}-01T00:00:00Z`));

const bucketLabel: Record<Exclude<FunnelBreakdown, "all">, (bucket: string | null) => string> = {
  source: (bucket) => bucket ?? "Onbekend",
  parent_type: (bucket) => (bucket ? parentTypeLabels[bucket as ParentType] : "Onbekend"),
  month: (bucket) => (bucket ? monthLabel(bucket) : "Onbekend"),
};

function stageTable(funnel: Funnel): FunnelTable {
  const overall = funnel.stages.filter((row) => row.breakdown === "all");
  return {
    id: "fasen",
    caption: "Aanmeldingen per fase: bereikt, door naar de volgende fase en hoe lang een fase duurt",
    columns: ["Fase", "Bereikt", "Door naar de volgende fase", "Conversie (%)", "Mediaan dagen in de fase"],
    rows: funnelStages.flatMap((stage) => {
      const row = overall.find((candidate) => candidate.stage === stage);
      if (!row) return [];
      const last = stage === "available";
      return [
        [
          stageInfo[stage].title,
          row.reached,
          last ? null : row.movedOn,
          last ? null : percentage(row.movedOn, row.reached),
          row.medianDays,
        ],
      ];
    }),
  };
}

function exitTable(funnel: Funnel): FunnelTable {
  const overall = funnel.exits.filter((row) => row.breakdown === "all");
  const reasons = Map.groupBy(overall, (row) => row.reasonCode);
  return {
    id: "uitstroom",
    caption: "Gestopt, afgewezen of on hold, per reden",
    columns: ["Reden", "Soort", "Aanmeldingen", "Uit de fase"],
    rows: [...reasons.values()]
      .map((rows) => {
        const total = rows.reduce((sum, row) => sum + row.applications, 0);
        const stages = rows
          .toSorted((a, b) => applicantStages.indexOf(a.stage) - applicantStages.indexOf(b.stage))
          .map((row) => `${stageInfo[row.stage].title} ${row.applications}`)
          .join(", ");
        return [rows[0].reason, exitLabels[rows[0].exit], total, stages] as CsvCell[];
      })
      .toSorted((a, b) => Number(b[2]) - Number(a[2])),
  };
}

const breakdownCaptions: Record<Exclude<FunnelBreakdown, "all">, [FunnelTableId, string, string]> = {
  source: ["bron", "Per campagne of bron", "Campagne of bron"],
  parent_type: ["ouder", "Per soort ouderschap (wie meer wil worden, telt bij elk)", "Wil worden"],
  month: ["maand", "Per maand van aanmelden", "Maand"],
};

function breakdownTable(
  funnel: Funnel,
  breakdown: Exclude<FunnelBreakdown, "all">,
  buckets?: string[],
): FunnelTable {
  const [id, caption, heading] = breakdownCaptions[breakdown];
  const stageRows = funnel.stages.filter((row) => row.breakdown === breakdown);
  const exitRows = funnel.exits.filter((row) => row.breakdown === breakdown);
  const present = [...new Set(stageRows.map((row) => row.bucket))];
  const order = buckets ?? present.toSorted((a, b) => (a ?? "\uffff").localeCompare(b ?? "\uffff", "nl"));
  const reachedIn = (bucket: string | null, stage: ApplicantStage) =>
    stageRows.find((row) => row.bucket === bucket && row.stage === stage)?.reached ?? 0;
  const exitsIn = (bucket: string | null, exit: ApplicationExit) =>
    exitRows
      .filter((row) => row.bucket === bucket && row.exit === exit)
      .reduce((sum, row) => sum + row.applications, 0);
  return {
    id,
    caption,
    columns: [
      heading,
      ...funnelStages.map((stage) => stageInfo[stage].title),
      "Aanmelding tot beschikbaar (%)",
      "Gestopt of afgewezen",
      "On hold",
    ],
    rows: order.map((bucket) => [
      bucketLabel[breakdown](bucket),
      ...funnelStages.map((stage) => reachedIn(bucket, stage)),
      percentage(reachedIn(bucket, "available"), reachedIn(bucket, "application")),
      exitsIn(bucket, "withdrawn") + exitsIn(bucket, "rejected"),
      exitsIn(bucket, "parked"),
    ]),
  };
}

/** The tables of the funnel page, which are also what its CSV export writes. */
export function funnelTables(funnel: Funnel, months: string[]): FunnelTable[] {
  return [
    stageTable(funnel),
    exitTable(funnel),
    breakdownTable(funnel, "source"),
    breakdownTable(funnel, "parent_type"),
    breakdownTable(funnel, "month", months),
  ];
}
