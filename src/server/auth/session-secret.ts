import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname } from "node:path";

/**
 * The key that signs sessions and sign-in codes. Production sets SESSION_SECRET (shared by every
 * server); the embedded default keeps a generated one in .data/ so restarts keep people signed in.
 */
export async function loadSessionSecret(configured: string | undefined, file: string): Promise<Uint8Array> {
  if (configured) return new TextEncoder().encode(configured);
  try {
    return new TextEncoder().encode((await readFile(file, "utf8")).trim());
  } catch {
    const generated = randomBytes(48).toString("base64url");
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, generated, { mode: 0o600 });
    return new TextEncoder().encode(generated);
  }
}
