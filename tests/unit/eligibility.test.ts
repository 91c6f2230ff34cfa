import { describe, expect, it } from "vitest";
import { assessEligibility } from "../../src/domain/eligibility/assess-eligibility";
import {
  type EligibilityAnswers,
  readEligibilityForm,
} from "../../src/domain/eligibility/eligibility-answers";

const readyToFoster: EligibilityAnswers = {
  age: "21_or_older",
  time: "every_day",
  bedrooms: "one",
  vgb: "everyone_willing",
  careBackground: "none",
};

const assess = (changes: Partial<EligibilityAnswers>) => assessEligibility({ ...readyToFoster, ...changes });

describe("assessing how someone could help", () => {
  it("tells anyone under 21 that it is not possible yet, whatever else they answer", () => {
    expect(assess({ age: "18_to_20" })).toEqual({ kind: "too_young" });
    expect(assess({ age: "under_18", careBackground: "qualified", bedrooms: "two_or_more" })).toEqual({
      kind: "too_young",
    });
  });

  it("advises support parenting to someone who only has weekends, and says why fostering does not fit", () => {
    const outcome = assess({ time: "weekends_only" });
    expect(outcome).toMatchObject({ kind: "can_help", fits: ["support"] });
    if (outcome.kind !== "can_help") throw new Error("expected advice");
    expect(outcome.notYet).toContainEqual({ parentType: "foster", reasons: ["needs_child_living_with_you"] });
  });

  it("advises support parenting to someone with a few days a month", () => {
    expect(assess({ time: "few_days_a_month" })).toMatchObject({ fits: ["support"] });
  });

  it("puts fostering first for someone with time, a free bedroom and a household willing to get a VGB", () => {
    expect(assess({})).toMatchObject({ fits: ["foster", "support"] });
  });

  it("puts the family home first for a qualified care professional with room for several children", () => {
    expect(assess({ careBackground: "qualified", bedrooms: "two_or_more" })).toMatchObject({
      fits: ["family_home", "foster", "support"],
      notYet: [],
    });
  });

  it("does not offer a family home without a care qualification, and says so", () => {
    const outcome = assess({ careBackground: "experience_only", bedrooms: "two_or_more" });
    expect(outcome).toMatchObject({
      fits: ["foster", "support"],
      notYet: [{ parentType: "family_home", reasons: ["needs_care_qualification"] }],
    });
  });

  it("does not offer a family home with a single spare bedroom", () => {
    expect(assess({ careBackground: "qualified" })).toMatchObject({
      notYet: [{ parentType: "family_home", reasons: ["needs_bedroom_per_child"] }],
    });
  });

  it("does not offer fostering without a free bedroom, but notes that a support child needs a place to sleep", () => {
    expect(assess({ bedrooms: "none" })).toMatchObject({
      fits: ["support"],
      notes: ["support_needs_sleeping_place"],
    });
  });

  it("refuses fostering and family homes when not everyone aged 12+ will get a VGB", () => {
    const outcome = assess({ vgb: "not_everyone", careBackground: "qualified", bedrooms: "two_or_more" });
    expect(outcome).toMatchObject({ fits: ["support"], notes: ["support_screening_differs"] });
    if (outcome.kind !== "can_help") throw new Error("expected advice");
    for (const { reasons } of outcome.notYet) expect(reasons).toContain("needs_vgb_for_household");
  });

  it("asks to talk about the VGB at home when the household is not sure yet", () => {
    expect(assess({ vgb: "not_sure" })).toMatchObject({
      fits: ["foster", "support"],
      notes: ["discuss_vgb_at_home"],
    });
  });

  it("always leaves someone aged 21+ a way to help", () => {
    const worst = assess({
      time: "weekends_only",
      bedrooms: "none",
      vgb: "not_everyone",
      careBackground: "none",
    });
    expect(worst).toMatchObject({ kind: "can_help", fits: ["support"] });
  });
});

describe("reading the check's form", () => {
  const read = (query: string) => readEligibilityForm(new URLSearchParams(query));

  it("shows a blank form on the first visit", () => {
    expect(read("")).toEqual({ state: "blank" });
  });

  it("names every unanswered question when the form is sent empty", () => {
    expect(read("submitted=1")).toMatchObject({
      state: "incomplete",
      unanswered: ["age", "time", "bedrooms", "vgb", "careBackground"],
    });
  });

  it("keeps the answers given and names only the missing ones", () => {
    expect(read("submitted=1&time=weekends_only&vgb=not_sure")).toEqual({
      state: "incomplete",
      answers: { time: "weekends_only", vgb: "not_sure" },
      unanswered: ["age", "bedrooms", "careBackground"],
    });
  });

  it("treats an answer that is not one of the options as unanswered", () => {
    expect(read("age=<script>&time=every_day")).toMatchObject({
      state: "incomplete",
      answers: { time: "every_day" },
      unanswered: ["age", "bedrooms", "vgb", "careBackground"],
    });
  });

  it("reads a complete set of answers", () => {
    const query = new URLSearchParams({ submitted: "1", ...readyToFoster }).toString();
    expect(read(query)).toEqual({ state: "complete", answers: readyToFoster });
  });
});
