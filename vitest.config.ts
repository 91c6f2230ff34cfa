import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/db/**/*.test.ts", "tests/contract/**/*.test.ts"],
    // Opening PGlite takes seconds; the first test of a file waits for it.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
  },
});
