import { z } from "zod";

const booleanFlag = z
  .enum(["true", "false", "1", "0"])
  .optional()
  .transform((value) => (value === undefined ? undefined : value === "true" || value === "1"));

/** PDOK's BRT-Achtergrondkaart (Kadaster), in the web map projection Leaflet uses. */
export const defaultMapTileUrl =
  "https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png";

const configSchema = z.object({
  NODE_ENV: z.string().default("development"),
  PUBLIC_SITE_URL: z.url().optional(),
  DATABASE_URL: z.string().optional(),
  DATABASE_PREPARE: booleanFlag,
  PGLITE_DATA_DIR: z.string().default(".data/pglite"),
  SESSION_SECRET: z.string().min(32, "SESSION_SECRET moet minstens 32 tekens lang zijn").optional(),
  SUPABASE_URL: z.url().optional(),
  SUPABASE_ANON_KEY: z.string().optional(),
  RESEND_API_KEY: z.string().optional(),
  MAIL_FROM: z.string().default("Openhuis <noreply@openhuis.nl>"),
  PDOK_URL: z.url().optional(),
  MAP_TILE_URL: z
    .union([
      z.literal("none"),
      z
        .url({ protocol: /^https?$/ })
        .refine((url) => ["{z}", "{x}", "{y}"].every((part) => url.includes(part)), {
          message: "MAP_TILE_URL moet {z}, {x} en {y} bevatten, of none zijn",
        }),
    ])
    .default(defaultMapTileUrl),
  SEED_DEMO_DATA: booleanFlag,
  TRUST_PROXY: booleanFlag,
  TRUST_PROXY_HOPS: z.coerce.number().int().min(1).max(10).default(1),
  DEV_OUTBOX: booleanFlag,
  SIGN_IN_CODES_PER_QUARTER_HOUR: z.coerce.number().int().min(1).max(1000).default(5),
  SIGN_IN_ATTEMPTS_PER_HOUR_PER_VISITOR: z.coerce.number().int().min(1).max(100000).default(60),
  HOST: z.string().optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(4321),
});

export type Config = z.infer<typeof configSchema> & {
  production: boolean;
  /** Whether /dev/outbox is served (see devOutboxServed). */
  devOutbox: boolean;
  /** The origin every link in a mail starts with; never taken from a request. */
  siteUrl: string;
  /** Where the need page's map takes its tiles from; null draws the map without tiles. */
  mapTiles: MapTiles | null;
};

export interface MapTiles {
  url: string;
  /** The one origin the need page's Content-Security-Policy admits images from besides its own. */
  origin: string;
}

/** Outside production links point at this server as `npm start` serves it; a wildcard address is no link. */
function localSiteUrl(host: string | undefined, port: number): string {
  const linkHost = !host || host === "0.0.0.0" || host === "::" ? "localhost" : host;
  return new URL(`http://${linkHost.includes(":") ? `[${linkHost}]` : linkHost}:${port}`).origin;
}

/** What to say at start-up when links will point at this server itself rather than the public site. */
export function missingSiteUrlNotice(config: Config): string | undefined {
  return config.PUBLIC_SITE_URL
    ? undefined
    : `PUBLIC_SITE_URL is niet gezet: links in e-mails, canonieke links, hreflang en de sitemap wijzen naar ${config.siteUrl}.`;
}

/** Environment variables, read once and validated; see README for what each switches. */
export function readConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    throw new Error(`Ongeldige configuratie: ${z.prettifyError(parsed.error)}`);
  }
  const production = parsed.data.NODE_ENV === "production";
  if (production && !parsed.data.SESSION_SECRET && !parsed.data.SUPABASE_URL) {
    throw new Error("Zet SESSION_SECRET (of SUPABASE_URL) in productie.");
  }
  if (production && !parsed.data.PUBLIC_SITE_URL) {
    throw new Error(
      "Zet PUBLIC_SITE_URL in productie (bijvoorbeeld https://openhuis.nl): links in e-mails worden alleen daarmee gemaakt.",
    );
  }
  const siteUrl = parsed.data.PUBLIC_SITE_URL
    ? new URL(parsed.data.PUBLIC_SITE_URL).origin
    : localSiteUrl(parsed.data.HOST, parsed.data.PORT);
  const devOutbox = devOutboxServed({ ...parsed.data, production });
  const mapTiles =
    parsed.data.MAP_TILE_URL === "none"
      ? null
      : { url: parsed.data.MAP_TILE_URL, origin: new URL(parsed.data.MAP_TILE_URL).origin };
  return { ...parsed.data, production, siteUrl, devOutbox, mapTiles };
}

/**
 * /dev/outbox shows every mail, sign-in codes included, to whoever can reach it. Never in production;
 * elsewhere only while mail stays in the outbox and the server listens on this machine alone, unless
 * DEV_OUTBOX says otherwise.
 */
export function devOutboxServed(config: {
  production: boolean;
  DEV_OUTBOX?: boolean;
  RESEND_API_KEY?: string;
  HOST?: string;
}): boolean {
  if (config.production) return false;
  if (config.DEV_OUTBOX !== undefined) return config.DEV_OUTBOX;
  // Unset, the server listens on localhost (src/server/http/serve.ts, astro.config.mjs).
  return !config.RESEND_API_KEY && isLoopback(config.HOST ?? "localhost");
}

function isLoopback(host: string): boolean {
  const name = host.toLowerCase();
  return name === "localhost" || name === "::1" || /^127(\.\d{1,3}){3}$/.test(name);
}
