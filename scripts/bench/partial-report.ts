// A run of some sections only (npm run bench -- --only=map): their new text replaces theirs in the
// current report, and what they held before, if it had figures, moves to the top of the history.
import { readFile } from "node:fs/promises";

export interface Section {
  /** The section's heading as the report writes it, e.g. "## 5. Map". */
  heading: string;
  body: string;
}

const historyIntro = "Earlier runs, newest first, as they were written.";

export async function withSections(path: string, sections: Section[], stamp: string): Promise<string> {
  const previous = await readFile(path, "utf8");
  const [current, history = ""] = previous.split(/^## History\s*$/m);
  const runDate = /on (\d{4}-\d{2}-\d{2}(?:T[\d:]+Z)?)/.exec(current)?.[1] ?? "an earlier run";
  let report = current;
  const earlier: string[] = [];
  for (const section of sections) {
    const start = report.indexOf(`${section.heading}\n`);
    if (start < 0) throw new Error(`${section.heading} is not in ${path}`);
    const after = start + section.heading.length;
    const next = report.slice(after).search(/^## /m);
    const end = next < 0 ? report.length : after + next;
    const old = report.slice(start, end).trim();
    if (/^\| /m.test(old)) {
      const when = /^Measured by .*? on (\S+?)[,.;]?\s/m.exec(old)?.[1] ?? runDate;
      earlier.push(
        `### ${section.heading.replace(/^## /, "")}, as of ${when}\n\n${old
          .replace(/^## .*\n+/, "")
          .replace(/^(#{2,3}) /gm, (_, hashes: string) => `${hashes}## `)}`,
      );
    }
    report = `${report.slice(0, start)}${section.heading}\n\n${stamp}\n\n${section.body.trim()}\n\n${report.slice(end)}`;
  }
  const olderRuns = history.replace(/^\s*Earlier runs, newest first, as they were written\.\s*/, "");
  return `${report.trimEnd()}\n\n## History\n\n${historyIntro}\n\n${[...earlier, olderRuns.trim()].filter(Boolean).join("\n\n")}\n`;
}
