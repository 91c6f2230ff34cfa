// The production server: Astro's built standalone handler behind guardRequests. Run after
// `astro build` with `node src/server/http/serve.ts` (Node >= 24 strips the types).
import { createServer } from "node:http";
import { missingSiteUrlNotice, readConfig } from "../config.ts";
import { guardRequests } from "./guarded-handler.ts";

// Refuse to start on a configuration the app would refuse at its first request (in production a
// missing PUBLIC_SITE_URL or SESSION_SECRET), so a bad deploy fails at once and visibly.
try {
  const notice = missingSiteUrlNotice(readConfig());
  if (notice) console.warn(notice);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

process.env.ASTRO_NODE_AUTOSTART = "disabled";
// One listening address for the server and for the app's own decisions (the dev outbox).
process.env.HOST ??= "localhost";
const host = process.env.HOST;
const port = Number(process.env.PORT ?? 4321);

const entry = new URL("../../../dist/server/entry.mjs", import.meta.url).href;
const { handler } = (await import(entry)) as {
  handler: Parameters<typeof guardRequests>[0];
};

const server = createServer(guardRequests(handler, { production: process.env.NODE_ENV === "production" }));
server.listen(port, host, () => {
  console.log(`Openhuis luistert op http://${host.includes(":") ? `[${host}]` : host}:${port}`);
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => server.close(() => process.exit(0)));
}
