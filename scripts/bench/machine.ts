import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";

export interface Machine {
  date: string;
  cores: number;
  cpuModel: string;
  memoryGb: number;
  node: string;
  pglite: string;
  postgres: string;
  loadAtStart: number;
  loadAtEnd?: number;
}

function pgliteVersion(): string {
  const manifest = JSON.parse(readFileSync("node_modules/@electric-sql/pglite/package.json", "utf8")) as {
    version: string;
  };
  return manifest.version;
}

export function describeMachine(postgres: string): Machine {
  let cpuModel = cpus()[0]?.model ?? "unknown";
  try {
    cpuModel =
      execFileSync("sh", ["-c", "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"]).toString().trim() ||
      cpuModel;
  } catch {}
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
    cores: cpus().length,
    cpuModel,
    memoryGb: totalmem() / 2 ** 30,
    node: process.version,
    pglite: pgliteVersion(),
    postgres,
    loadAtStart: loadavg()[0],
  };
}

export const oneMinuteLoad = () => loadavg()[0];
