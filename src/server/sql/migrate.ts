import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Database } from "./engine";

/** The folder holding supabase/, found from this file both in src/ and in the built dist/. */
function findSupabaseDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "supabase", "migrations"))) {
    const parent = dirname(dir);
    if (parent === dir) return join(process.cwd(), "supabase");
    dir = parent;
  }
  return join(dir, "supabase");
}

const supabaseDir = findSupabaseDir();
export const defaultMigrationsDir = join(supabaseDir, "migrations");
const authShimPath = join(supabaseDir, "local", "auth-shim.sql");

export interface Migration {
  version: string;
  name: string;
  sql: string;
}

export class ChangedMigrationError extends Error {
  readonly migration: string;
  constructor(migration: string) {
    super(
      `Migration ${migration} is al toegepast maar het bestand is daarna gewijzigd. ` +
        "Wijzig nooit een toegepaste migratie; voeg een nieuwe toe.",
    );
    this.migration = migration;
  }
}

export async function readMigrations(dir = defaultMigrationsDir): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((file) => /^\d+_.+\.sql$/.test(file)).sort();
  return Promise.all(
    files.map(async (file) => {
      const [, version, name] = /^(\d+)_(.+)\.sql$/.exec(file) ?? [];
      return { version, name, sql: await readFile(join(dir, file), "utf8") };
    }),
  );
}

/**
 * Applies the migrations that are not applied yet, each in its own transaction, and records them in
 * the table the Supabase CLI uses, so `supabase db push` and this runner agree on what is applied.
 */
export async function migrate(db: Database, dir = defaultMigrationsDir): Promise<string[]> {
  if (!(await isSupabase(db))) {
    const shim = await readFile(authShimPath, "utf8");
    await db.transaction(async (tx) => {
      await tx.query("select pg_advisory_xact_lock(7406)");
      await tx.exec(shim);
    });
  }
  await db.exec(`
    create schema if not exists supabase_migrations;
    create table if not exists supabase_migrations.schema_migrations (
      version text primary key, statements text[], name text
    );`);
  const applied: string[] = [];
  for (const migration of await readMigrations(dir)) {
    const didApply = await db.transaction(async (tx) => {
      await tx.query("select pg_advisory_xact_lock(7406)");
      const [existing] = await tx.query<{ statements: string[] | null }>(
        "select statements from supabase_migrations.schema_migrations where version = $1",
        [migration.version],
      );
      if (existing) {
        if (fingerprint((existing.statements ?? []).join("\n")) !== fingerprint(migration.sql)) {
          throw new ChangedMigrationError(`${migration.version}_${migration.name}`);
        }
        return false;
      }
      await tx.exec(migration.sql);
      await tx.query(
        "insert into supabase_migrations.schema_migrations (version, statements, name) values ($1, $2, $3)",
        [migration.version, [migration.sql], migration.name],
      );
      return true;
    });
    if (didApply) applied.push(migration.version);
  }
  return applied;
}

async function isSupabase(db: Database): Promise<boolean> {
  const [row] = await db.query<{ supabase: boolean }>(
    "select exists (select 1 from pg_roles where rolname = 'supabase_auth_admin') as supabase",
  );
  return row.supabase;
}

/** Whitespace-insensitive, so a CLI that stored the statements split up still matches. */
function fingerprint(sql: string): string {
  return createHash("sha256")
    .update(sql.replace(/[\s;]+/g, ""))
    .digest("hex");
}
