/**
 * Our own checks over pg_catalog, in the spirit of Supabase's splinter. Each query returns one row
 * `{ object }` per violation, so a clean schema returns nothing. Objects that belong to an extension
 * (pg_depend deptype 'e') are not ours to fix and are left out.
 */

/** Schemas PostgREST exposes; anything in them is reachable with the public anon key. */
const exposedSchemas = "('public')";

const notExtensionOwned = (catalog: string, oid: string) => `
  not exists (
    select 1 from pg_catalog.pg_depend dep
    where dep.classid = '${catalog}'::regclass and dep.objid = ${oid} and dep.deptype = 'e'
  )`;

const functionName =
  "format('%I.%I(%s)', n.nspname, p.proname, pg_catalog.pg_get_function_identity_arguments(p.oid))";

/** (a) Tables in exposed schemas without row level security: every row is open to every role with a grant. */
export const rlsDisabledInExposedSchema = `
  select format('%I.%I', n.nspname, c.relname) as object
  from pg_catalog.pg_class c
  join pg_catalog.pg_namespace n on n.oid = c.relnamespace
  where n.nspname in ${exposedSchemas}
    and c.relkind in ('r', 'p')
    and not c.relrowsecurity
    and ${notExtensionOwned("pg_catalog.pg_class", "c.oid")}
  order by 1`;

/** (b) Tables in exposed schemas with RLS on but no policy: unusable, and usually a forgotten policy. */
export const rlsEnabledWithoutPolicy = `
  select format('%I.%I', n.nspname, c.relname) as object
  from pg_catalog.pg_class c
  join pg_catalog.pg_namespace n on n.oid = c.relnamespace
  where n.nspname in ${exposedSchemas}
    and c.relkind in ('r', 'p')
    and c.relrowsecurity
    and not exists (select 1 from pg_catalog.pg_policy pol where pol.polrelid = c.oid)
    and ${notExtensionOwned("pg_catalog.pg_class", "c.oid")}
  order by 1`;

/** (c) Security definer functions that resolve names through the caller's search_path. */
export const securityDefinerWithoutSearchPath = `
  select ${functionName} as object
  from pg_catalog.pg_proc p
  join pg_catalog.pg_namespace n on n.oid = p.pronamespace
  where n.nspname in ('public', 'private', 'auth')
    and p.prosecdef
    and not exists (
      select 1 from unnest(coalesce(p.proconfig, '{}'::text[])) as setting where setting like 'search_path=%'
    )
    and ${notExtensionOwned("pg_catalog.pg_proc", "p.oid")}
  order by 1`;

/**
 * (d) Functions in our schemas the anonymous role may execute. Each one meant for visitors is listed
 * here deliberately: it checks its caller and its input itself.
 */
export const functionsMeantForVisitors = [
  "app.start_application",
  "app.submit_application",
  "app.register_for_evening",
  "app.evening_registration_by_token",
  "app.cancel_evening_registration",
  "app.waiting_list_place",
  "app.care_offer_per_organisation",
];

export const executableByAnon = `
  select ${functionName} as object
  from pg_catalog.pg_proc p
  join pg_catalog.pg_namespace n on n.oid = p.pronamespace
  where n.nspname in ('public', 'private', 'app')
    and pg_catalog.has_function_privilege('anon', p.oid, 'EXECUTE')
    and format('%s.%s', n.nspname, p.proname) not in (${functionsMeantForVisitors.map((name) => `'${name}'`).join(", ")})
    and ${notExtensionOwned("pg_catalog.pg_proc", "p.oid")}
  order by 1`;

/**
 * (h, i) Security definer functions in an exposed schema that anon or authenticated may execute:
 * the Data API lets anyone with the anon key (or any signed-up account) call them directly, past the
 * app's rate limits and bot checks. Supabase's linter 0028 and 0029.
 */
const definerExecutableInExposedSchema = (role: "anon" | "authenticated") => `
  select ${functionName} as object
  from pg_catalog.pg_proc p
  join pg_catalog.pg_namespace n on n.oid = p.pronamespace
  where n.nspname in ${exposedSchemas}
    and p.prosecdef
    and pg_catalog.has_function_privilege('${role}', p.oid, 'EXECUTE')
    and ${notExtensionOwned("pg_catalog.pg_proc", "p.oid")}
  order by 1`;

/**
 * (j) Tables with more than one permissive policy for the same role and action: Postgres evaluates
 * every one of them for every row. Supabase's linter 0006. Roles that bypass RLS do not count.
 */
export const multiplePermissivePolicies = `
  select format('%I.%I: %s %s', n.nspname, c.relname, r.rolname, act.cmd) as object
  from pg_catalog.pg_policy pol
  join pg_catalog.pg_class c on c.oid = pol.polrelid
  join pg_catalog.pg_namespace n on n.oid = c.relnamespace
  join pg_catalog.pg_roles r on pol.polroles @> array[r.oid] or pol.polroles = array[0::oid]
  cross join lateral unnest(case pol.polcmd
    when 'r' then array['select'] when 'a' then array['insert'] when 'w' then array['update']
    when 'd' then array['delete'] else array['select', 'insert', 'update', 'delete'] end) as act(cmd)
  where n.nspname in ('public', 'private', 'app')
    and pol.polpermissive
    and not r.rolbypassrls
    and r.rolname not like 'pg\\_%'
    and ${notExtensionOwned("pg_catalog.pg_class", "c.oid")}
  group by n.nspname, c.relname, r.rolname, act.cmd
  having count(*) > 1
  order by 1`;

/**
 * (e) Policies that call auth.uid(), auth.jwt() or auth.role() bare, so Postgres evaluates them for
 * every row instead of once per query. Postgres prints a wrapped call as "( SELECT auth.uid() …"
 * or "( SELECT (auth.jwt() ->> …", so a call counts as wrapped when SELECT and opening parentheses
 * come right before it.
 */
export const authCallPerRow = `
  select format('%I.%I: %s', n.nspname, c.relname, pol.polname) as object
  from pg_catalog.pg_policy pol
  join pg_catalog.pg_class c on c.oid = pol.polrelid
  join pg_catalog.pg_namespace n on n.oid = c.relnamespace
  where concat_ws(' ',
          pg_catalog.pg_get_expr(pol.polqual, pol.polrelid),
          pg_catalog.pg_get_expr(pol.polwithcheck, pol.polrelid)
        ) ~* '(?<!select \\(*)auth\\.(uid|jwt|role)\\(\\)'
    and ${notExtensionOwned("pg_catalog.pg_class", "c.oid")}
  order by 1`;

/** (f) Permissive insert, update, delete or all policies whose condition is simply true. */
export const alwaysTrueWritePolicy = `
  select format('%I.%I: %s', n.nspname, c.relname, pol.polname) as object
  from pg_catalog.pg_policy pol
  join pg_catalog.pg_class c on c.oid = pol.polrelid
  join pg_catalog.pg_namespace n on n.oid = c.relnamespace
  where pol.polcmd in ('a', 'w', 'd', '*')
    and pol.polpermissive
    and (
      pg_catalog.pg_get_expr(pol.polqual, pol.polrelid) = 'true'
      or pg_catalog.pg_get_expr(pol.polwithcheck, pol.polrelid) = 'true'
    )
    and ${notExtensionOwned("pg_catalog.pg_class", "c.oid")}
  order by 1`;

/** (g) Views in exposed schemas that run with their owner's rights and so skip the caller's RLS. */
export const viewWithoutSecurityInvoker = `
  select format('%I.%I', n.nspname, c.relname) as object
  from pg_catalog.pg_class c
  join pg_catalog.pg_namespace n on n.oid = c.relnamespace
  where n.nspname in ${exposedSchemas}
    and c.relkind = 'v'
    and not exists (
      select 1 from unnest(coalesce(c.reloptions, '{}'::text[])) as opt
      where opt ~* '^security_invoker=(true|on|yes|1|t|y)$'
    )
    and ${notExtensionOwned("pg_catalog.pg_class", "c.oid")}
  order by 1`;

/**
 * (k) Foreign keys without an index on their columns: deleting the referenced row (an account,
 * an organisation) then scans the whole referencing table. Supabase's linter 0001.
 */
export const unindexedForeignKeys = `
  select format('%I.%I: %s', n.nspname, c.relname, con.conname) as object
  from pg_catalog.pg_constraint con
  join pg_catalog.pg_class c on c.oid = con.conrelid
  join pg_catalog.pg_namespace n on n.oid = c.relnamespace
  where con.contype = 'f'
    and n.nspname in ('public', 'private', 'app')
    and not exists (
      select 1 from pg_catalog.pg_index i
      where i.indrelid = con.conrelid
        and (select array_agg(k order by k) from unnest((i.indkey::int2[])[0:cardinality(con.conkey) - 1]) k)
          = (select array_agg(k order by k) from unnest(con.conkey) k)
    )
    and ${notExtensionOwned("pg_catalog.pg_class", "c.oid")}
  order by 1`;

/** Every check, by the name a failing test reports. */
export const schemaLints = {
  "tables in public without row level security": rlsDisabledInExposedSchema,
  "tables in public with row level security but no policy": rlsEnabledWithoutPolicy,
  "security definer functions without a fixed search_path": securityDefinerWithoutSearchPath,
  "functions in our schemas that anon may execute": executableByAnon,
  "security definer functions in public that anon may execute": definerExecutableInExposedSchema("anon"),
  "security definer functions in public that authenticated may execute":
    definerExecutableInExposedSchema("authenticated"),
  "tables with several permissive policies for one role and action": multiplePermissivePolicies,
  "foreign keys without an index on their columns": unindexedForeignKeys,
  "policies that call auth.uid() or auth.jwt() once per row": authCallPerRow,
  "write policies that are always true": alwaysTrueWritePolicy,
  "views in public that bypass the caller's row level security": viewWithoutSecurityInvoker,
} as const;
