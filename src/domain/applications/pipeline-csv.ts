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
  assignedRecruiterId: string | null;
  nextAction: string | null;
  /** yyyy-mm-dd */
  nextActionDue: string | null;
}

const statusLabel = {
  submitted: pipelineStatusLabels.open,
  parked: pipelineStatusLabels.parked,
  withdrawn: pipelineStatusLabels.withdrawn,
  rejected: pipelineStatusLabels.rejected,
};

/**
 * The pipeline's table as CSV: the columns a recruiter sees, nothing more (no applicant e-mail, no
 * phone). The assigned recruiter is named as on the board, by their work address.
 */
export function pipelineCsv(
  items: readonly PipelineCsvItem[],
  recruiters: readonly { userId: string; email: string }[],
): CsvTable {
  const recruiterEmail = new Map(recruiters.map((recruiter) => [recruiter.userId, recruiter.email]));
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
      "Toegewezen aan",
      "Volgende actie",
      "Uiterlijk",
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
      item.assignedRecruiterId ? (recruiterEmail.get(item.assignedRecruiterId) ?? null) : null,
      item.nextAction,
      item.nextActionDue ? formatDate(item.nextActionDue) : null,
    ]),
  };
}
