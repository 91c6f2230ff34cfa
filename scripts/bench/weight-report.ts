// Section 3 of docs/benchmarks.md: what each page makes the browser download, and per file where a page loads JavaScript.
import { kb } from "./stats";
import type { PageWeight } from "./weight";

export const weightTargets = { publicJsKb: 0, cssKb: 60 };

const cssOver = (weight: PageWeight) => weight.cssGzip / 1024 > weightTargets.cssKb;
const publicJs = (weight: PageWeight) =>
  weight.audience === "public" && weight.jsGzip > weightTargets.publicJsKb;

function table(weights: PageWeight[]): string {
  return [
    "| page | path | audience | JS files | JS gzip KB (target 0 on public pages) | CSS gzip KB (target ≤ 60) |",
    "| --- | --- | --- | --- | --- | --- |",
    ...weights.map(
      (weight) =>
        `| ${weight.page} | \`${weight.path}\` | ${weight.audience} | ${weight.jsFiles} | ${kb(weight.jsGzip)}${publicJs(weight) ? " **(over)**" : ""} | ${kb(weight.cssGzip)}${cssOver(weight) ? " **(over)**" : ""} |`,
    ),
  ].join("\n");
}

/** Each JavaScript file of the pages that load any (the need page's map island), without its content hash. */
function perFile(weights: PageWeight[]): string {
  const rows = weights.flatMap((weight) =>
    weight.jsModules.map(
      (module) =>
        `| ${weight.page} | \`${module.file
          .split("/")
          .pop()
          ?.replace(
            /\.[\w-]{8}\.js$/,
            ".js",
          )}\` | ${module.onDemand ? "on demand (a dynamic import, when the map draws)" : "with the page's island"} | ${kb(module.gzip)} |`,
    ),
  );
  if (rows.length === 0) return "";
  return [
    "JavaScript per file, on the pages that load any:",
    "",
    "| page | file | loaded | gzip KB |",
    "| --- | --- | --- | --- |",
    ...rows,
  ].join("\n");
}

function note(weights: PageWeight[]): string {
  const lines: string[] = [];
  const overJs = weights.filter(publicJs);
  const overCss = weights.filter(cssOver);
  if (overJs.length > 0)
    lines.push(
      `* **JavaScript on public pages:** ${overJs.map((weight) => weight.path).join(", ")}; every public form works without it, so the island can load on demand (\`client:visible\`) or go.`,
    );
  if (overCss.length > 0)
    lines.push(
      `* **CSS over ${weightTargets.cssKb} KB:** ${overCss.map((weight) => weight.path).join(", ")}.`,
    );
  if (lines.length === 0)
    lines.push(
      "* Every page is within target: no JavaScript on public pages, and the CSS stays under the limit.",
    );
  const withJs = weights.filter((weight) => weight.jsModules.length > 0);
  if (withJs.length > 0)
    lines.push(
      `* Only ${withJs.map((weight) => `\`${weight.path}\``).join(", ")} load${withJs.length === 1 ? "s" : ""} JavaScript, ` +
        "each for its island (the pages work without it); files two pages share are fetched once.",
    );
  return lines.join("\n");
}

export function weightSection(weights: PageWeight[]): string {
  const intro =
    "JavaScript and CSS each page makes the browser fetch (scripts, module preloads, island components and what they\n" +
    "import, also on demand, stylesheets), gzip level 9, from the files in `dist/client`.";
  return [intro, table(weights), perFile(weights), note(weights)].filter(Boolean).join("\n\n");
}
