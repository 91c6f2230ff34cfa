import { describe, expect, it } from "vitest";
import { parsePipelineFilters, pipelineHref } from "../../../src/domain/applications/pipeline-filters";

const parse = (query: string) => parsePipelineFilters(new URLSearchParams(query));

describe("the pipeline's filters in the URL", () => {
  it("defaults to the open applications on the board, newest activity first, page 1", () => {
    expect(parse("")).toEqual({
      filters: {
        fase: undefined,
        status: "open",
        ouder: undefined,
        bron: undefined,
        stil: undefined,
        zoek: undefined,
        weergave: "bord",
        sorteer: "activiteit",
        richting: "af",
        pagina: 1,
      },
      problems: [],
    });
  });

  it("reads every filter a shared link carries", () => {
    const { filters, problems } = parse(
      "fase=screening&status=parked&ouder=support&bron=Facebook&stil=30&zoek=%20de%20Vries%20&weergave=tabel&sorteer=naam&richting=op&pagina=3",
    );
    expect(problems).toEqual([]);
    expect(filters).toEqual({
      fase: "screening",
      status: "parked",
      ouder: "support",
      bron: "Facebook",
      stil: 30,
      zoek: "de Vries",
      weergave: "tabel",
      sorteer: "naam",
      richting: "op",
      pagina: 3,
    });
  });

  it("treats the empty fields of a submitted form as no filter", () => {
    expect(parse("fase=&status=&ouder=&bron=&stil=&zoek=++&pagina=")).toEqual(parse(""));
  });

  it("falls back per malformed value with a Dutch message, keeping the valid ones", () => {
    const { filters, problems } = parse(
      "fase=nirwana&status=kwijt&ouder=x&stil=-3&weergave=kaart&sorteer=email;drop&richting=zijwaarts&pagina=twee&zoek=sam",
    );
    expect(filters).toMatchObject({
      fase: undefined,
      status: "open",
      ouder: undefined,
      stil: undefined,
      weergave: "bord",
      sorteer: "activiteit",
      richting: "af",
      pagina: 1,
      zoek: "sam",
    });
    expect(problems.map((problem) => problem.field)).toEqual([
      "fase",
      "status",
      "ouder",
      "stil",
      "weergave",
      "sorteer",
      "richting",
      "pagina",
    ]);
    expect(problems[0].message).toBe("Die fase bestaat niet; alle fasen worden getoond.");
  });

  it("refuses fractions, zero and absurd numbers of days or pages", () => {
    expect(parse("stil=1.5").problems).toHaveLength(1);
    expect(parse("stil=0").problems).toHaveLength(1);
    expect(parse("pagina=0").problems).toHaveLength(1);
    expect(parse("pagina=1e9").problems).toHaveLength(1);
  });

  it("refuses an overlong search instead of cutting it", () => {
    const { filters, problems } = parse(`zoek=${"a".repeat(101)}`);
    expect(filters.zoek).toBeUndefined();
    expect(problems[0].field).toBe("zoek");
  });

  it("builds links that keep the view and leave defaults out", () => {
    const { filters } = parse("fase=screening&zoek=sam&pagina=2");
    expect(pipelineHref(filters)).toBe("/werving?fase=screening&zoek=sam&pagina=2");
    expect(pipelineHref(filters, { weergave: "tabel", pagina: 1 })).toBe(
      "/werving?fase=screening&zoek=sam&weergave=tabel",
    );
    expect(pipelineHref(parse("").filters)).toBe("/werving");
  });
});
