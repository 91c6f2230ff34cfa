import { describe, expect, it } from "vitest";
import { csvCell, csvFileName, toCsv } from "../../../src/domain/export/csv";

describe("CSV for Dutch Excel", () => {
  it("starts with a UTF-8 byte order mark, separates cells with ; and ends rows with CRLF", () => {
    const csv = toCsv({ columns: ["Naam", "Woonplaats"], rows: [["Noor Voorbeeld", "’s-Hertogenbosch"]] });
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe("Naam;Woonplaats\r\nNoor Voorbeeld;’s-Hertogenbosch\r\n");
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it("quotes cells holding the separator, quotes, line breaks or edge spaces, doubling inner quotes", () => {
    expect(csvCell("Zeist; Utrecht")).toBe('"Zeist; Utrecht"');
    expect(csvCell('Zegt "ja"')).toBe('"Zegt ""ja"""');
    expect(csvCell("regel 1\nregel 2")).toBe('"regel 1\nregel 2"');
    expect(csvCell(" spatie")).toBe('" spatie"');
    expect(csvCell("Gewoon")).toBe("Gewoon");
    expect(csvCell(null)).toBe("");
  });

  it("puts an apostrophe before text a spreadsheet would run as a formula", () => {
    expect(csvCell('=HYPERLINK("https://kwaad.test";"klik")')).toBe(
      `"'=HYPERLINK(""https://kwaad.test"";""klik"")"`,
    );
    expect(csvCell("+31 6 12345678")).toBe("'+31 6 12345678");
    expect(csvCell("-2+3")).toBe("'-2+3");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\tcmd")).toBe("'\tcmd");
    expect(csvCell("Noor = blij")).toBe("Noor = blij");
  });

  it("writes numbers as Dutch Excel reads them: a decimal comma, a minus only on real numbers", () => {
    expect(csvCell(16.5)).toBe("16,5");
    expect(csvCell(1234)).toBe("1234");
    expect(csvCell(-3)).toBe("-3");
  });

  it("names the download in ASCII with the day", () => {
    expect(csvFileName("stuurinformatie fasen", new Date("2026-12-04T10:00:00Z"))).toBe(
      "openhuis-stuurinformatie-fasen-2026-12-04.csv",
    );
  });
});
