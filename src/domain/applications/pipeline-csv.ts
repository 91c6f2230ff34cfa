import type { CsvTable } from "../export/csv";
import { formatDate } from "../format";
import { parentTypeLabels } from "./options";
import { pipelineStatusLabels } from "./pipeline-filters";
import { stageInfo } from "./stages";

export interface PipelineCsvItem {
  name: string;
  reference: string;
  municipality: string | null;
  parentTypes: readonly (keyof typeof parentTypeLabels)[];
  stage: keyof typeof stageInfo;
  status: "submitted" | "parked" | "withdrawn" | "rejected";
  source: string | null;
  submittedAt: Date;
  daysQuiet: number;
}

const statusLabel = {
  submitted: pipelineStatusLabels.open,
  parked: pipelineStatusLabels.parked,
  withdrawn: pipelineStatusLabels.withdrawn,
  rejected: pipelineStatusLabels.rejected,
};

/** The pipeline's table as CSV: the columns a recruiter sees, nothing more (no e-mail, no phone). */
export function pipelineCsv(items: readonly PipelineCsvItem[]): CsvTable {
  return {
    columns: [
      "Naam",
      "Referentie",
      "Woonplaats",
      "Wil worden",
      "Fase",
      "Status",
      "Bron",
      "Aangemeld",
      "Dagen geen activiteit",
    ],
    rows: items.map((item) => [
      item.name,
      item.reference,
      item.municipality,
      item.parentTypes.map((type) => parentTypeLabels[type]).join(", "),
      stageInfo[item.stage].title,
      statusLabel[item.status],
      item.source,
      formatDate(item.submittedAt),
      item.daysQuiet,
    ]),
  };
}
