import { type CsvTable, csvFileName, toCsv } from "../../domain/export/csv";

/** A CSV file as a download (never shown inline, never cached: it holds staff data). */
export function csvDownload(table: CsvTable, subject: string, today: Date): Response {
  return new Response(toCsv(table), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${csvFileName(subject, today)}"`,
      "Cache-Control": "no-store",
    },
  });
}
