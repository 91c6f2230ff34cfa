import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "../../src/server/sql/engine";
import {
  ChangedMigrationError,
  defaultMigrationsDir,
  migrate,
  readMigrations,
} from "../../src/server/sql/migrate";
import { testEngines } from "../support/databases";

const appliedVersions = async (db: Database) =>
  (
    await db.query<{ version: string }>(
      "select version from supabase_migrations.schema_migrations order by version",
    )
  ).map((row) => row.version);

const tableExists = async (db: Database, name: string) => {
  const [row] = await db.query<{ exists: boolean }>("select to_regclass($1) is not null as exists", [name]);
  return row.exists;
};

describe.each(testEngines)("migrations on $name", (engine) => {
  let db: Database;
  let dispose: () => Promise<void>;
  let migrations: string;

  beforeEach(async () => {
    ({ db, dispose } = await engine.open());
    migrations = await mkdtemp(join(tmpdir(), "openhuis-migrations-"));
    await cp(defaultMigrationsDir, migrations, { recursive: true });
  });
  afterEach(async () => {
    await dispose();
    await rm(migrations, { recursive: true, force: true });
  });

  const firstMigration = async () => {
    const [first] = await readMigrations(migrations);
    return { ...first, file: join(migrations, `${first.version}_${first.name}.sql`) };
  };

  it("records every migration file as applied", async () => {
    const files = await readMigrations();
    expect(files.length).toBeGreaterThan(0);
    expect(await appliedVersions(db)).toEqual(files.map((migration) => migration.version));
  });

  it("running the migrations again, auth shim included, applies nothing", async () => {
    expect(await migrate(db)).toEqual([]);
    expect(await migrate(db)).toEqual([]);
  });

  it("applies a new migration once, on the next run only", async () => {
    await writeFile(
      join(migrations, "29991231000000_migration-probe.sql"),
      "create table public.migration_probe (id int primary key);",
    );

    expect(await migrate(db, migrations)).toEqual(["29991231000000"]);
    expect(await migrate(db, migrations)).toEqual([]);
    expect(await tableExists(db, "public.migration_probe")).toBe(true);
  });

  it("refuses to run when an applied migration was edited afterwards, and applies nothing after it", async () => {
    const first = await firstMigration();
    await writeFile(first.file, `${first.sql}\ncreate table public.edited_afterwards (id int);\n`);
    await writeFile(
      join(migrations, "29991231000000_migration-probe.sql"),
      "create table public.migration_probe (id int primary key);",
    );

    const refusal = migrate(db, migrations);

    await expect(refusal).rejects.toBeInstanceOf(ChangedMigrationError);
    await expect(refusal).rejects.toMatchObject({ migration: `${first.version}_${first.name}` });
    expect(await tableExists(db, "public.edited_afterwards")).toBe(false);
    expect(await tableExists(db, "public.migration_probe")).toBe(false);
  });

  it("still counts an applied migration as applied after its whitespace is reformatted", async () => {
    const first = await firstMigration();
    await writeFile(first.file, `\n\n${first.sql.replace(/\n/g, "\r\n  ")}\n\n`);

    expect(await migrate(db, migrations)).toEqual([]);
  });

  it.runIf(engine.name === "postgres")(
    "two databases on one server both migrate, though the server already has the roles",
    async () => {
      const [one, two] = await Promise.all([engine.open(), engine.open()]);
      try {
        for (const other of [one.db, two.db]) {
          expect(await appliedVersions(other)).toEqual(await appliedVersions(db));
          const [roles] = await other.query<{ count: number }>(
            "select count(*)::int as count from pg_roles where rolname in ('anon', 'authenticated', 'service_role')",
          );
          expect(roles.count).toBe(3);
          expect(await migrate(other)).toEqual([]);
        }
      } finally {
        await Promise.all([one.dispose(), two.dispose()]);
      }
    },
  );
});

describe("the migration files", () => {
  it("are named by timestamp and what they add, as the Supabase CLI expects", async () => {
    const files = await readMigrations();
    for (const migration of files) {
      expect(migration.version).toMatch(/^\d{14}$/);
      expect(migration.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
    expect(new Set(files.map((migration) => migration.version)).size).toBe(files.length);
  });

  it("leave the auth schema to Supabase, where it already exists (locally the runner's shim creates it)", async () => {
    for (const migration of await readMigrations()) {
      expect(migration.sql).not.toMatch(/create\s+(schema|table)\s+(if\s+not\s+exists\s+)?auth\b/i);
    }
  });
});
