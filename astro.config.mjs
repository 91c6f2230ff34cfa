// @ts-check
import node from "@astrojs/node";
import react from "@astrojs/react";
import { defineConfig, envField } from "astro/config";
import { defaultLocale, locales } from "./src/domain/i18n/locales.ts";

export default defineConfig({
  output: "server",
  // src/server/http/serve.ts refuses bodies over 1 MB with 413 before Astro sees them; this limit
  // only guards a server started from dist/server/entry.mjs directly.
  adapter: node({ mode: "standalone", bodySizeLimit: 1024 * 1024 }),
  i18n: { locales: [...locales], defaultLocale, routing: { prefixDefaultLocale: false } },
  // Canonical links, hreflang and /sitemap.xml are rendered per request from PUBLIC_SITE_URL
  // (src/server/config.ts), so one build serves any address.
  integrations: [react()],
  server: { port: 4321, host: process.env.HOST ?? "localhost" },
  security: { checkOrigin: true },
  // Stylesheets are always linked, never inlined, so the Content-Security-Policy can say style-src 'self'.
  build: { inlineStylesheets: "never" },
  vite: {
    ssr: { external: ["@electric-sql/pglite"] },
    optimizeDeps: { exclude: ["@electric-sql/pglite"] },
  },
  env: {
    schema: {
      DATABASE_URL: envField.string({ context: "server", access: "secret", optional: true }),
      DATABASE_PREPARE: envField.boolean({ context: "server", access: "secret", default: false }),
      PGLITE_DATA_DIR: envField.string({ context: "server", access: "secret", default: ".data/pglite" }),
      SESSION_SECRET: envField.string({ context: "server", access: "secret", optional: true }),
      SUPABASE_URL: envField.string({ context: "server", access: "secret", optional: true }),
      SUPABASE_ANON_KEY: envField.string({ context: "server", access: "secret", optional: true }),
      RESEND_API_KEY: envField.string({ context: "server", access: "secret", optional: true }),
      MAIL_FROM: envField.string({
        context: "server",
        access: "secret",
        default: "Openhuis <noreply@openhuis.nl>",
      }),
      PDOK_URL: envField.string({ context: "server", access: "secret", optional: true }),
      MAP_TILE_URL: envField.string({ context: "server", access: "secret", optional: true }),
      SEED_DEMO_DATA: envField.boolean({ context: "server", access: "secret", optional: true }),
    },
  },
});
