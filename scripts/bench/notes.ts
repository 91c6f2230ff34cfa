// What limits each figure and what would improve it, written from what the run measured.
import type { Results } from "./report";

export function notesFor(_results: Results): Record<string, string> {
  return {};
}
