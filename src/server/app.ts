import { join } from "node:path";
import { limitPerVisitor } from "./auth/limit-per-visitor";
import { createLocalAuth } from "./auth/local";
import type { AuthProvider } from "./auth/port";
import { loadSessionSecret } from "./auth/session-secret";
import { createSupabaseAuth } from "./auth/supabase";
import { startBackgroundJobs } from "./background-jobs";
import { clientAddress, trustedProxyHops } from "./client-address";
import { type Config, missingSiteUrlNotice, readConfig } from "./config";
import { createGazetteerGeocoder } from "./geocode/gazetteer";
import { createSqlGeocodeCache } from "./geocode/geocode-cache";
import { createPdokGeocoder } from "./geocode/pdok";
import type { Geocoder } from "./geocode/port";
import { startMailDelivery } from "./mail/delivery-loop";
import { createResendTransport } from "./mail/resend";
import { type MailTransport, outboxTransport } from "./mail/transport";
import type { Database } from "./sql/engine";
import { openDatabase } from "./sql/open-database";

export interface App {
  config: Config;
  db: Database;
  auth: AuthProvider;
  mail: MailTransport;
  geocoder: Geocoder;
}

const globalApp = globalThis as typeof globalThis & { openhuisApp?: Promise<App> };

/** The composition root: one per process (kept on globalThis so dev reloads reuse the open database). */
export function getApp(): Promise<App> {
  globalApp.openhuisApp ??= createApp(readConfig());
  return globalApp.openhuisApp;
}

async function createApp(config: Config): Promise<App> {
  // The built server says this as it starts (serve.ts); `astro dev` has no such moment before this.
  const notice = import.meta.env.DEV ? missingSiteUrlNotice(config) : undefined;
  if (notice) console.warn(notice);
  const db = await openDatabase(config);
  const mail = config.RESEND_API_KEY
    ? createResendTransport(config.RESEND_API_KEY, config.MAIL_FROM)
    : outboxTransport;
  const auth = await createAuth(config, db);
  const geocoder = config.PDOK_URL
    ? createPdokGeocoder({ baseUrl: config.PDOK_URL, cache: createSqlGeocodeCache(db) })
    : createGazetteerGeocoder();
  startMailDelivery(db, mail);
  startBackgroundJobs(db, geocoder, config.siteUrl);
  return { config, db, auth, mail, geocoder };
}

async function createAuth(config: Config, db: Database): Promise<AuthProvider> {
  return limitPerVisitor(await createAuthAdapter(config, db), db, {
    requestsPerHour: config.SIGN_IN_ATTEMPTS_PER_HOUR_PER_VISITOR,
    verificationsPerHour: config.SIGN_IN_ATTEMPTS_PER_HOUR_PER_VISITOR,
    visitorOf: (ctx) => clientAddress(ctx.request, ctx.clientAddress, trustedProxyHops(config)),
  });
}

async function createAuthAdapter(config: Config, db: Database): Promise<AuthProvider> {
  if (config.SUPABASE_URL && config.SUPABASE_ANON_KEY) {
    return createSupabaseAuth({
      url: config.SUPABASE_URL,
      anonKey: config.SUPABASE_ANON_KEY,
      secureCookies: config.production,
      // Keep equal to [auth.email] otp_expiry in supabase/config.toml.
      otpLifetimeSeconds: 900,
    });
  }
  const secretFile = join(config.PGLITE_DATA_DIR, "..", "session-secret");
  const secret = await loadSessionSecret(config.SESSION_SECRET, secretFile);
  return createLocalAuth(db, secret, config.production, config.SIGN_IN_CODES_PER_QUARTER_HOUR);
}
