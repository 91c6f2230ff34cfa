import { describe, expect, it } from "vitest";
import { pipelineCsv } from "../../../src/domain/applications/pipeline-csv";

const item = {
  name: "Sam de Vries",
  reference: "OH-123",
  municipality: "Utrecht",
  parentTypes: ["foster" as const],
  stage: "screening" as const,
  status: "submitted" as const,
  source: "poster",
  submittedAt: new Date("2026-11-02T10:00:00Z"),
  daysQuiet: 4,
  assignedRecruiterId: "r-1",
  nextAction: "VGB nabellen",
  nextActionDue: "2026-12-15",
};

describe("the pipeline as CSV", () => {
  it("names the assigned recruiter and the next action with its due date, like the table", () => {
    const table = pipelineCsv([item], [{ userId: "r-1", email: "werver@openhuis.test" }]);
    expect(table.columns.slice(-3)).toEqual(["Toegewezen aan", "Volgende actie", "Uiterlijk"]);
    expect(table.rows[0].slice(-3)).toEqual(["werver@openhuis.test", "VGB nabellen", "15 december 2026"]);
  });

  it("leaves the cells empty for nobody assigned and no next action", () => {
    const table = pipelineCsv(
      [{ ...item, assignedRecruiterId: null, nextAction: null, nextActionDue: null }],
      [],
    );
    expect(table.rows[0].slice(-3)).toEqual([null, null, null]);
  });
});
