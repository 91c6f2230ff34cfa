import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/server/sql/engine";
import { testEngines } from "../support/databases";
import { schemaLints } from "./schema-lint.sql";

type LintName = keyof typeof schemaLints;

/**
 * Deliberate mistakes, one or more per check, each next to its correct form, so every check is
 * shown to catch what it is for and to let the right way through.
 */
const probeSchema = `
  create table public.lint_probe_open (id int);

  create table public.lint_probe_locked (id int);
  alter table public.lint_probe_locked enable row level security;

  create function public.lint_probe_definer() returns int
    language sql security definer as 'select 1';
  create function public.lint_probe_definer_pinned() returns int
    language sql security definer set search_path = '' as 'select 1';

  create function private.lint_probe_for_visitors() returns int language sql as 'select 1';
  grant execute on function private.lint_probe_for_visitors() to anon;
  create function private.lint_probe_for_staff() returns int language sql as 'select 1';
  revoke execute on function private.lint_probe_for_staff() from public;
  grant execute on function private.lint_probe_for_staff() to authenticated;
  revoke execute on function public.lint_probe_definer(), public.lint_probe_definer_pinned() from public;

  create function public.lint_probe_definer_for_visitors() returns int
    language sql security definer set search_path = '' as 'select 1';
  grant execute on function public.lint_probe_definer_for_visitors() to anon;
  create function public.lint_probe_definer_for_staff() returns int
    language sql security definer set search_path = '' as 'select 1';
  revoke execute on function public.lint_probe_definer_for_staff() from public;
  grant execute on function public.lint_probe_definer_for_staff() to authenticated;
  create function public.lint_probe_invoker_for_staff() returns int language sql as 'select 1';
  grant execute on function public.lint_probe_invoker_for_staff() to authenticated;
  create function app.lint_probe_server_only() returns int
    language sql security definer set search_path = '' as 'select 1';
  revoke execute on function app.lint_probe_server_only() from public;
  grant execute on function app.lint_probe_server_only() to authenticated;

  create table public.lint_probe_owned (id int, owner uuid, email text);
  alter table public.lint_probe_owned enable row level security;
  create policy "bare uid" on public.lint_probe_owned for select to authenticated
    using (owner = auth.uid());
  create policy "bare jwt" on public.lint_probe_owned for update to authenticated
    using (true) with check (email = auth.jwt() ->> 'email');
  create policy "wrapped uid" on public.lint_probe_owned for select to authenticated
    using (owner = (select auth.uid()));
  create policy "wrapped jwt expression" on public.lint_probe_owned for select to authenticated
    using (email = (select auth.jwt() ->> 'email'));
  create policy "anyone inserts" on public.lint_probe_owned for insert to authenticated
    with check (true);
  create policy "anyone deletes" on public.lint_probe_owned for delete to authenticated
    using (true);
  create policy "anyone reads" on public.lint_probe_owned for select to anon
    using (true);
  create policy "only recent rows" on public.lint_probe_owned as restrictive for select to anon
    using (owner is not null);

  create table public.lint_probe_parent (id int primary key, region int, unique (id, region));
  create table public.lint_probe_child (
    id int primary key,
    bare_parent int references public.lint_probe_parent (id),
    indexed_parent int references public.lint_probe_parent (id),
    region int,
    foreign key (indexed_parent, region) references public.lint_probe_parent (id, region)
  );
  create index on public.lint_probe_child (indexed_parent, region);
  alter table public.lint_probe_parent enable row level security;
  alter table public.lint_probe_child enable row level security;
  create policy "probe parent" on public.lint_probe_parent for select to authenticated using (id > 0);
  create policy "probe child" on public.lint_probe_child for select to authenticated using (id > 0);

  create view public.lint_probe_definer_view as select 1 as one;
  create view public.lint_probe_invoker_view with (security_invoker = true) as select 1 as one;
`;

const probes: Record<LintName, { caught: string[]; passed: string[] }> = {
  "tables in public without row level security": {
    caught: ["public.lint_probe_open"],
    passed: ["public.lint_probe_locked", "public.lint_probe_owned"],
  },
  "tables in public with row level security but no policy": {
    caught: ["public.lint_probe_locked"],
    passed: ["public.lint_probe_owned", "public.lint_probe_open"],
  },
  "security definer functions without a fixed search_path": {
    caught: ["public.lint_probe_definer()"],
    passed: ["public.lint_probe_definer_pinned()"],
  },
  "functions in our schemas that anon may execute": {
    caught: ["private.lint_probe_for_visitors()", "public.lint_probe_definer_for_visitors()"],
    passed: ["private.lint_probe_for_staff()", "public.lint_probe_definer()", "app.lint_probe_server_only()"],
  },
  "security definer functions in public that anon may execute": {
    caught: ["public.lint_probe_definer_for_visitors()"],
    passed: ["public.lint_probe_definer_for_staff()", "public.lint_probe_definer_pinned()"],
  },
  "security definer functions in public that authenticated may execute": {
    caught: ["public.lint_probe_definer_for_staff()"],
    passed: ["public.lint_probe_invoker_for_staff()", "app.lint_probe_server_only()"],
  },
  "foreign keys without an index on their columns": {
    caught: ["public.lint_probe_child: lint_probe_child_bare_parent_fkey"],
    passed: [
      "public.lint_probe_child: lint_probe_child_indexed_parent_region_fkey",
      "public.lint_probe_child: lint_probe_child_indexed_parent_fkey",
    ],
  },
  "tables with several permissive policies for one role and action": {
    caught: ["public.lint_probe_owned: authenticated select"],
    passed: ["public.lint_probe_owned: anon select", "public.lint_probe_owned: authenticated update"],
  },
  "policies that call auth.uid() or auth.jwt() once per row": {
    caught: ["public.lint_probe_owned: bare uid", "public.lint_probe_owned: bare jwt"],
    passed: ["public.lint_probe_owned: wrapped uid", "public.lint_probe_owned: wrapped jwt expression"],
  },
  "write policies that are always true": {
    caught: [
      "public.lint_probe_owned: anyone inserts",
      "public.lint_probe_owned: anyone deletes",
      "public.lint_probe_owned: bare jwt",
    ],
    passed: ["public.lint_probe_owned: anyone reads"],
  },
  "views in public that bypass the caller's row level security": {
    caught: ["public.lint_probe_definer_view"],
    passed: ["public.lint_probe_invoker_view"],
  },
};

const lintNames = Object.keys(schemaLints) as LintName[];

const flaggedBy = async (db: Database, lint: LintName) =>
  (await db.query<{ object: string }>(schemaLints[lint])).map((row) => row.object);

describe.each(testEngines)("schema lint on $name", (engine) => {
  describe("the migrated schema", () => {
    let db: Database;
    let dispose: () => Promise<void>;

    beforeAll(async () => {
      ({ db, dispose } = await engine.open());
    });
    afterAll(() => dispose());

    it.each(lintNames)("has no %s", async (lint) => {
      expect(await flaggedBy(db, lint)).toEqual([]);
    });
  });

  describe("each check", () => {
    let db: Database;
    let dispose: () => Promise<void>;

    beforeAll(async () => {
      ({ db, dispose } = await engine.open());
      await db.exec(probeSchema);
    });
    afterAll(() => dispose());

    it.each(lintNames)("finds %s, and only those", async (lint) => {
      const flagged = await flaggedBy(db, lint);
      const { caught, passed } = probes[lint];
      for (const object of passed) expect(flagged).not.toContain(object);
      // The migrated schema is clean (above), so the probes are all a check may find.
      expect(flagged.sort()).toEqual([...caught].sort());
    });
  });

  it("a function a later migration adds is closed to visitors until it is granted", async () => {
    const { db, dispose } = await engine.open();
    try {
      await db.exec("create function public.lint_probe_not_granted() returns int language sql as 'select 1'");
      expect(await flaggedBy(db, "functions in our schemas that anon may execute")).toEqual([]);
    } finally {
      await dispose();
    }
  });
});
