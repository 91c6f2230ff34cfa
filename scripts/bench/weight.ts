// JavaScript and CSS a page makes the browser download, gzipped, from the files in dist/client.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser } from "./browser";

export interface PageWeight {
  page: string;
  path: string;
  audience: "public" | "signed in";
  jsFiles: number;
  jsGzip: number;
  cssGzip: number;
  /** Each JavaScript file, and whether it loads only when an island asks for it (a dynamic import). */
  jsModules: { file: string; gzip: number; onDemand: boolean }[];
}

const gzipped = new Map<string, number>();
async function gzipSize(asset: string): Promise<number> {
  const known = gzipped.get(asset);
  if (known !== undefined) return known;
  const bytes = gzipSync(await readFile(join("dist/client", asset)), { level: 9 }).length;
  gzipped.set(asset, bytes);
  return bytes;
}

const staticImport = /(?:import|from)\s*["'](\.{1,2}\/[^"']+\.js)["']/g;
const dynamicImport = /import\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g;

/** A module and every module it imports (statically, or also on demand), as the browser would fetch them. */
async function withImports(asset: string, seen: Set<string>, onDemandToo: boolean): Promise<void> {
  if (seen.has(asset)) return;
  seen.add(asset);
  const code = await readFile(join("dist/client", asset), "utf8");
  const imports = [...code.matchAll(staticImport), ...(onDemandToo ? code.matchAll(dynamicImport) : [])];
  for (const match of imports) {
    await withImports(new URL(match[1], `http://x${asset}`).pathname, seen, onDemandToo);
  }
}

export async function pageWeight(
  page: string,
  path: string,
  audience: PageWeight["audience"],
  html: string,
): Promise<PageWeight> {
  const local = (url: string) =>
    url.startsWith("/") && !url.startsWith("//") ? url.split("?")[0] : undefined;
  const scripts = new Set<string>();
  const withPage = new Set<string>();
  const scriptUrls = [
    ...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
    ...html.matchAll(/(?:component|renderer)-url="([^"]+)"/g),
  ].map((match) => local(match[1]));
  for (const url of scriptUrls) {
    if (url) {
      await withImports(url, withPage, false);
      await withImports(url, scripts, true);
    }
  }
  const styles = [
    ...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*href="([^"]+)"[^>]*rel="stylesheet"/g),
  ]
    .map((match) => local(match[1]))
    .filter((url): url is string => url !== undefined);
  const jsModules = [];
  // The files that come with the page first, then what an island asks for later.
  for (const script of [...withPage, ...[...scripts].filter((script) => !withPage.has(script))]) {
    jsModules.push({ file: script, gzip: await gzipSize(script), onDemand: !withPage.has(script) });
  }
  const jsGzip = jsModules.reduce((sum, module) => sum + module.gzip, 0);
  let cssGzip = 0;
  for (const style of new Set(styles)) cssGzip += await gzipSize(style);
  return { page, path, audience, jsFiles: scripts.size, jsGzip, cssGzip, jsModules };
}

export async function measureWeights(
  visitor: Browser,
  signedIn: [string, string, Browser][],
): Promise<PageWeight[]> {
  const publicPages: [string, string][] = [
    ["home", "/"],
    ["campaign page", "/pleegouder-worden"],
    ["Kan ik helpen?", "/kan-ik-helpen"],
    ["application step 1", "/aanmelden/over-jou"],
    ["information evenings", "/informatiebijeenkomsten"],
    ["sign in", "/inloggen"],
    ["privacy", "/privacy"],
  ];
  const weights: PageWeight[] = [];
  for (const [page, path] of publicPages) {
    weights.push(await pageWeight(page, path, "public", (await visitor.get(path)).body));
  }
  for (const [page, path, browser] of signedIn) {
    weights.push(await pageWeight(page, path, "signed in", (await browser.get(path)).body));
  }
  return weights;
}
