import { defineConfig } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 4322);
const baseURL = `http://127.0.0.1:${port}`;

/**
 * The suite starts more applications from 127.0.0.1 than the database lets one network start in an
 * hour (30), so its specs are split over three servers, each on its own fresh database. The first
 * (E2E_PORT) takes the specs that address it by port, such as http-surface.
 */
const groups = [
  { name: "h-o", port, testMatch: /\/[h-o][^/]*\.spec\.ts$/ },
  { name: "a-g", port: port + 1, testMatch: /\/[a-g][^/]*\.spec\.ts$/ },
  { name: "p-z", port: port + 2, testMatch: /\/[p-z][^/]*\.spec\.ts$/ },
];

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // A safety net, not a speed check (speed is in `npm run bench`): CI machines may be busy.
  timeout: 60_000,
  reporter: [["list"]],
  use: {
    baseURL,
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
      ],
    },
  },
  projects: groups.map((group) => ({
    name: group.name,
    testMatch: group.testMatch,
    use: { baseURL: `http://127.0.0.1:${group.port}` },
  })),
  webServer: groups.map((group) => ({
    // The built server on a fresh embedded database with demo data, as `npm start` runs it.
    command: `rm -rf .data/e2e-${group.port} && tsx scripts/prepare-database.ts && node src/server/http/serve.ts`,
    url: `http://127.0.0.1:${group.port}/`,
    reuseExistingServer: false,
    timeout: 180_000,
    env: {
      PGLITE_DATA_DIR: `.data/e2e-${group.port}/pglite`,
      HOST: "127.0.0.1",
      PORT: String(group.port),
      // No PUBLIC_SITE_URL: mail links then come from HOST and PORT, which the Host-header test relies on.
      ASTRO_TELEMETRY_DISABLED: "1",
      // No tile server is reachable in tests: the map draws its markers on a plain background.
      MAP_TILE_URL: "none",
      // The suite signs the same demo accounts in many times; the limit itself is tested in tests/db.
      SIGN_IN_CODES_PER_QUARTER_HOUR: "100",
      SIGN_IN_ATTEMPTS_PER_HOUR_PER_VISITOR: "10000",
    },
  })),
});
