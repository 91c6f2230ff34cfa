import { describe, expect, it } from "vitest";
import { adviseStep, readDecisionAid } from "../../../src/domain/care-guide/decision-aid";

const municipalities = ["Amersfoort", "Utrecht"];
const read = (query: string) => readDecisionAid(new URLSearchParams(query), municipalities);

describe("the professionals' decision aid", () => {
  it("shows a blank form until something is asked", () => {
    expect(read("")).toEqual({ state: "blank" });
    expect(read("utm_source=nieuwsbrief")).toEqual({ state: "blank" });
  });

  it("advises the lightest step the answers leave open, never a heavier one for an unknown", () => {
    const step = (query: string) => {
      const form = read(query);
      if (form.state !== "answered") throw new Error(`not answered: ${query}`);
      return adviseStep(form.answers);
    };
    expect(step("thuis=met-steun")).toBe("support");
    expect(step("thuis=weet-niet")).toBe("support");
    expect(step("thuis=weet-niet&gezin=meer-zorg")).toBe("support");
    expect(step("thuis=deels")).toBe("part_time");
    expect(step("thuis=nee")).toBe("foster");
    expect(step("thuis=nee&gezin=weet-niet")).toBe("foster");
    expect(step("thuis=nee&gezin=ja")).toBe("foster");
    expect(step("thuis=nee&gezin=meer-zorg")).toBe("family_home");
  });

  it("reads the optional age and municipality", () => {
    expect(read("thuis=deels&leeftijd=9&gemeente=Amersfoort")).toMatchObject({
      state: "answered",
      answers: { thuis: "deels", leeftijd: 9, gemeente: "Amersfoort" },
    });
    expect(read("thuis=deels&leeftijd=&gemeente=")).toMatchObject({
      state: "answered",
      answers: { thuis: "deels", leeftijd: undefined, gemeente: undefined },
    });
  });

  it("asks in Dutch for what is missing or wrong, and keeps what was typed", () => {
    expect(read("leeftijd=negen&gemeente=Atlantis&gezin=misschien")).toEqual({
      state: "invalid",
      values: { leeftijd: "negen", gemeente: "Atlantis", gezin: "misschien" },
      errors: {
        thuis: "Kies of het kind thuis kan blijven wonen.",
        gezin: "Kies of het kind in een gezin kan wonen, of dat je het nog niet weet.",
        leeftijd: "Vul de leeftijd in hele jaren in, van 0 tot en met 23, of laat het veld leeg.",
        gemeente: "Kies een gemeente uit de lijst, of laat het veld leeg.",
      },
    });
    expect(read("thuis=deels&leeftijd=24")).toMatchObject({
      state: "invalid",
      errors: { leeftijd: expect.any(String) },
    });
    expect(read("thuis=nooit")).toMatchObject({ state: "invalid", errors: { thuis: expect.any(String) } });
  });
});
