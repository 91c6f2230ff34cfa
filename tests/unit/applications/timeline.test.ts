import { describe, expect, it } from "vitest";
import { type ApplicantStage, applicantTimeline } from "../../../src/domain/applications/stages";

const timeline = (current: ApplicantStage, reached: ApplicantStage[]) =>
  applicantTimeline(current, new Set(reached)).map(({ stage, state }) => `${stage}:${state}`);

describe("the applicant's timeline at /mijn", () => {
  it("after applying online: no earlier stages without a status, and the first conversation comes next", () => {
    expect(timeline("application", ["application"])).toEqual([
      "application:current",
      "introduction:later",
      "screening:later",
      "preparation:later",
      "family_assessment:later",
      "decision:later",
      "available:later",
    ]);
  });

  it("after an evening and a first conversation, shows them done in the order they happened", () => {
    expect(
      timeline("application", ["interest", "information_evening", "introduction", "application"]).slice(0, 5),
    ).toEqual([
      "interest:done",
      "information_evening:done",
      "introduction:done",
      "application:current",
      "screening:later",
    ]);
  });

  it("leaves out a first conversation that was never recorded once screening started", () => {
    expect(timeline("screening", ["application", "screening"]).slice(0, 3)).toEqual([
      "application:done",
      "screening:current",
      "preparation:later",
    ]);
  });

  it("someone registered for an evening goes on to the evening", () => {
    expect(timeline("interest", ["interest"]).slice(0, 3)).toEqual([
      "interest:current",
      "information_evening:later",
      "introduction:later",
    ]);
  });
});
