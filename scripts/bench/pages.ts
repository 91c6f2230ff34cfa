// Time to first byte of the pages people open, against a static file from the same server.
import { readdir } from "node:fs/promises";
import { performance } from "node:perf_hooks";
import { Browser, hiddenFields } from "./browser";
import { codeFromOutbox, completeApplication, nextVisitorAddress } from "./intake";
import { quantile } from "./stats";

export interface PageTiming {
  page: string;
  path: string;
  who: string;
  runs: number;
  p50: number;
  p99: number;
}

/** A browser signed in through the mailed code (read from the developer outbox). */
export async function signIn(base: string, email: string): Promise<Browser> {
  const browser = new Browser(base, nextVisitorAddress());
  await browser.get("/inloggen");
  const codePage = await browser.post("/inloggen?_action=signIn.requestCode", [
    ["email", email],
    ["next", ""],
  ]);
  const code = await codeFromOutbox(browser, email);
  await browser.post("/inloggen?_action=signIn.verifyCode", [
    ...hiddenFields(codePage.body, "?_action=signIn.verifyCode"),
    ["code", code],
  ]);
  return browser;
}

/** A static file the server answers from disk: the fastest answer it gives, the limit for its pages. */
export async function staticAsset(): Promise<string> {
  const css = (await readdir("dist/client/_astro")).find((name) => name.endsWith(".css"));
  return css ? `/_astro/${css}` : "/favicon.svg";
}

/**
 * Sequential requests, one at a time, cycling through `paths`: per request the time until the
 * response's headers arrive (or, with `untilBody`, until its whole body has).
 */
export async function requestSamples(
  browser: Browser | undefined,
  base: string,
  paths: readonly string[],
  runs: number,
  untilBody = false,
): Promise<number[]> {
  const samples: number[] = [];
  const headers = browser?.requestHeaders() ?? {};
  for (let run = 0; run < runs; run++) {
    const path = paths[run % paths.length];
    const start = performance.now();
    const response = await fetch(new URL(path, base), { headers, redirect: "manual" });
    if (!untilBody) samples.push(performance.now() - start);
    await response.arrayBuffer();
    if (untilBody) samples.push(performance.now() - start);
    if (response.status !== 200) throw new Error(`GET ${path} → ${response.status}`);
  }
  return samples;
}

async function ttfb(browser: Browser | undefined, base: string, path: string, runs: number) {
  const samples = await requestSamples(browser, base, [path], runs);
  return { p50: quantile(samples, 0.5), p99: quantile(samples, 0.99) };
}

/** The signed-in pages: an applicant with a complete application, the recruiter and the placement worker. */
export async function signedInPages(base: string): Promise<[string, string, string, Browser][]> {
  const applicant = new Browser(base, nextVisitorAddress());
  await completeApplication(applicant, `pages-${Date.now()}@example.nl`, () => {});
  const recruiter = await signIn(base, "werver@openhuis.test");
  const placementWorker = await signIn(base, "plaatser@openhuis.test");
  return [
    ["Mijn aanmelding", "/mijn", "applicant", applicant],
    ["Werving (board)", "/werving", "recruiter", recruiter],
    ["Stuurinformatie (funnel)", "/werving/stuurinformatie", "recruiter", recruiter],
    ["Plaatsing", "/plaatsing", "placement worker", placementWorker],
  ];
}

/** The timings, and the signed-in browsers for the page-weight figures. */
export async function measurePages(
  base: string,
  runs: number,
): Promise<{ timings: PageTiming[]; signedIn: [string, string, Browser][] }> {
  const signedIn = await signedInPages(base);
  const pages: [string, string, string, Browser | undefined][] = [
    ["static file (the limit)", await staticAsset(), "visitor", undefined],
    ["home", "/", "visitor", undefined],
    ["campaign page", "/pleegouder-worden", "visitor", undefined],
    ["application step 1", "/aanmelden/over-jou", "visitor", undefined],
    ...signedIn,
  ];
  const timings: PageTiming[] = [];
  for (const [page, path, who, browser] of pages) {
    await ttfb(browser, base, path, 5); // warm-up
    timings.push({ page, path, who, runs, ...(await ttfb(browser, base, path, runs)) });
  }
  return { timings, signedIn: signedIn.map(([page, path, , browser]) => [page, path, browser]) };
}
