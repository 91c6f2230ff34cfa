// Lighthouse (npm, pinned in package.json) with Debian's Chromium, default mobile settings.
import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

export interface LighthouseScores {
  page: string;
  path: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
}

export const chromiumPath = process.env.CHROME_PATH ?? "/usr/bin/chromium";

export async function lighthouse(base: string, page: string, path: string): Promise<LighthouseScores> {
  const { stdout } = await run(
    process.execPath,
    [
      "node_modules/lighthouse/cli/index.js",
      new URL(path, base).toString(),
      "--output=json",
      "--output-path=stdout",
      "--quiet",
      "--only-categories=performance,accessibility,best-practices,seo",
      "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage",
    ],
    { env: { ...process.env, CHROME_PATH: chromiumPath }, maxBuffer: 64 * 1024 * 1024, timeout: 180_000 },
  );
  const report = JSON.parse(stdout) as { categories: Record<string, { score: number | null }> };
  const score = (key: string) => Math.round((report.categories[key]?.score ?? Number.NaN) * 100);
  return {
    page,
    path,
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
  };
}
