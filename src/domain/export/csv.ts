/**
 * CSV for Dutch Excel: `;` between cells (Excel in the nl-NL locale reads `,` as the decimal sign and
 * splits on `;`), CRLF between rows, UTF-8 with a byte order mark so Excel does not read é as Ã©,
 * and decimals written with a comma. A text cell that Excel or LibreOffice would take for a formula
 * (starting with = + - @, a tab or a carriage return) gets a leading apostrophe, so an applicant
 * who types `=HYPERLINK(…)` in a form field cannot make a recruiter's spreadsheet run it.
 */
export type CsvCell = string | number | null;

export interface CsvTable {
  columns: readonly string[];
  rows: readonly (readonly CsvCell[])[];
}

export const csvSeparator = ";";
const byteOrderMark = "\uFEFF";
const formulaStart = /^[=+\-@\t\r]/;
const needsQuotes = /[;"\r\n]|^\s|\s$/;

const decimal = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 2, useGrouping: false });

export function csvCell(value: CsvCell): string {
  if (value === null) return "";
  const text = typeof value === "number" ? decimal.format(value) : neutraliseFormula(value);
  return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function neutraliseFormula(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

export function toCsv(table: CsvTable): string {
  const lines = [table.columns, ...table.rows].map((row) => row.map(csvCell).join(csvSeparator));
  return `${byteOrderMark}${lines.join("\r\n")}\r\n`;
}

/** A download name such as `openhuis-trechter-2026-12-04.csv`: ASCII only, safe in a header. */
export function csvFileName(subject: string, today: Date): string {
  const slug = subject
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return `openhuis-${slug}-${today.toISOString().slice(0, 10)}.csv`;
}
