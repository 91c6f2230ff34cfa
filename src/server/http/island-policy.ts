import { createHash } from "node:crypto";
import idleDirective from "astro/runtime/client/idle.prebuilt.js";
import islandLoader from "astro/runtime/server/astro-island.prebuilt.js";
import islandLoaderInDev from "astro/runtime/server/astro-island.prebuilt-dev.js";
import { ISLAND_STYLES } from "astro/runtime/server/astro-island-styles.js";
import { policyAllowing } from "./security-headers";

const sha256 = (text: string) => `sha256-${createHash("sha256").update(text).digest("base64")}`;

/**
 * The Content-Security-Policy of a page with a `client:idle` island: Astro writes its island loader,
 * the idle directive and one display rule inline, and these hashes admit exactly those (the loader in
 * both its built and its `astro dev` form). A new Astro version changes the texts and so the hashes.
 */
export function islandPagePolicy(imageOrigins: string[]): string {
  return policyAllowing({
    scriptHashes: [islandLoader, islandLoaderInDev, idleDirective].map(sha256),
    styleHashes: [sha256(ISLAND_STYLES)],
    imageOrigins,
  });
}
