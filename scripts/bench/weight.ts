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
}

const gzipped = new Map<string, number>();
async function gzipSize(asset: string): Promise<number> {
  const known = gzipped.get(asset);
  if (known !== undefined) return known;
  const bytes = gzipSync(await readFile(join("dist/client", asset)), { level: 9 }).length;
  gzipped.set(asset, bytes);
  return bytes;
}

/** A module and every module it imports statically, as the browser would fetch them. */
async function withImports(asset: string, seen: Set<string>): Promise<void> {
  if (seen.has(asset)) return;
  seen.add(asset);
  const code = await readFile(join("dist/client", asset), "utf8");
  for (const match of code.matchAll(/(?:import|from)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
    await withImports(new URL(match[1], `http://x${asset}`).pathname, seen);
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
  const scriptUrls = [
    ...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
    ...html.matchAll(/(?:component|renderer)-url="([^"]+)"/g),
  ].map((match) => local(match[1]));
  for (const url of scriptUrls) if (url) await withImports(url, scripts);
  const styles = [
    ...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*href="([^"]+)"[^>]*rel="stylesheet"/g),
  ]
    .map((match) => local(match[1]))
    .filter((url): url is string => url !== undefined);
  let jsGzip = 0;
  for (const script of scripts) jsGzip += await gzipSize(script);
  let cssGzip = 0;
  for (const style of new Set(styles)) cssGzip += await gzipSize(style);
  return { page, path, audience, jsFiles: scripts.size, jsGzip, cssGzip };
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
