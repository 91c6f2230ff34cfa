import { describe, expect, it } from "vitest";
import { applicantChecklist } from "../../../src/domain/applications/checklist";

const today = new Date("2026-11-23T00:00:00Z");

describe("the applicant's checklist", () => {
  it("never asks someone whose application was sent to fill in the form again", () => {
    const items = applicantChecklist(
      { status: "submitted", stage: "available", stepsCompleted: [], householdMembers: [] },
      today,
    );
    expect(items.filter((item) => !item.done)).toEqual([]);
  });

  it("sends a draft to the steps still open", () => {
    const items = applicantChecklist(
      { status: "draft", stage: "application", stepsCompleted: ["about_you"], householdMembers: [] },
      today,
    );
    const open = items.filter((item) => !item.done && item.text.startsWith("Aanmeldformulier"));
    expect(open.map((item) => item.text)).toEqual([
      "Aanmeldformulier: je huishouden",
      "Aanmeldformulier: wat wil je doen",
      "Aanmeldformulier: je adres",
      "Aanmeldformulier: beschikbaarheid",
    ]);
    expect(open.every((item) => item.href?.startsWith("/aanmelden/"))).toBe(true);
  });
});
