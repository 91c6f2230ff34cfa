-- Regions, provider organisations, staff memberships and the audit log: who may do what, and where.
-- Deny by default: RLS on every table, explicit grants, writes that need checks go through functions.

create schema if not exists private;
revoke all on schema private from public;
grant usage on schema private to authenticated, service_role;

-- Functions are closed until granted. Postgres only honours this as a global default (per-schema
-- defaults can add, never remove); Supabase's own defaults to anon/authenticated are revoked too.
alter default privileges revoke execute on functions from public;
alter default privileges in schema public revoke all on tables from anon, authenticated;
alter default privileges in schema public revoke all on sequences from anon, authenticated;
alter default privileges in schema public revoke all on functions from anon, authenticated;
alter default privileges in schema public grant all on tables to service_role;
alter default privileges in schema public grant all on sequences to service_role;
alter default privileges in schema private grant all on tables to service_role;
alter default privileges in schema private grant all on sequences to service_role;
grant usage on schema public to anon, authenticated, service_role;

create type public.staff_role as enum ('admin', 'recruiter', 'placement_worker');

create table public.regions (
  id uuid primary key default gen_random_uuid(),
  slug text not null unique check (slug ~ '^[a-z0-9-]+$'),
  name text not null,
  created_at timestamptz not null default now()
);

create table public.organisations (
  id uuid primary key default gen_random_uuid(),
  region_id uuid not null references public.regions (id),
  slug text not null unique check (slug ~ '^[a-z0-9-]+$'),
  name text not null,
  -- The postcode-4 areas whose applicants this organisation takes on.
  postcode_areas text[] not null default '{}',
  created_at timestamptz not null default now()
);
create index organisations_region_idx on public.organisations (region_id);

create table public.memberships (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id) on delete cascade,
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  role public.staff_role not null,
  granted_by uuid references auth.users (id) on delete set null,
  created_at timestamptz not null default now(),
  unique (user_id, organisation_id, role)
);
create index memberships_organisation_idx on public.memberships (organisation_id);

-- Staff invited by email before they have ever signed in; turned into memberships at first sign-in.
create table public.staff_invitations (
  id uuid primary key default gen_random_uuid(),
  email text not null check (email = lower(email) and email like '%_@_%'),
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  role public.staff_role not null,
  invited_by uuid references auth.users (id) on delete set null,
  created_at timestamptz not null default now(),
  unique (email, organisation_id, role)
);

create table public.audit_log (
  id bigint generated always as identity primary key,
  at timestamptz not null default now(),
  actor_id uuid,
  organisation_id uuid references public.organisations (id) on delete set null,
  action text not null,
  subject_type text not null,
  subject_id text,
  details jsonb not null default '{}'::jsonb
);
create index audit_log_organisation_at_idx on public.audit_log (organisation_id, at desc);

alter table public.regions enable row level security;
alter table public.organisations enable row level security;
alter table public.memberships enable row level security;
alter table public.staff_invitations enable row level security;
alter table public.audit_log enable row level security;

-- Helpers that policies call. Security definer so a policy on memberships can read memberships
-- without recursing; each only answers questions about the caller.
create function private.has_role(organisation uuid, wanted public.staff_role) returns boolean
  language sql stable security definer set search_path = ''
as $$
  select exists (
    select 1 from public.memberships m
    where m.user_id = (select auth.uid()) and m.organisation_id = organisation and m.role = wanted
  )
$$;

-- For policies: the caller's organisations / regions for a role, computed once per query rather
-- than once per row.
create function private.my_organisations(wanted public.staff_role) returns setof uuid
  language sql stable security definer set search_path = ''
as $$
  select m.organisation_id from public.memberships m
  where m.user_id = (select auth.uid()) and m.role = wanted
$$;

create function private.my_regions(wanted public.staff_role) returns setof uuid
  language sql stable security definer set search_path = ''
as $$
  select distinct o.region_id from public.memberships m
  join public.organisations o on o.id = m.organisation_id
  where m.user_id = (select auth.uid()) and m.role = wanted
$$;

revoke execute on function private.my_organisations(public.staff_role) from public, anon;
revoke execute on function private.my_regions(public.staff_role) from public, anon;
grant execute on function private.my_organisations(public.staff_role) to authenticated;
grant execute on function private.my_regions(public.staff_role) to authenticated;
revoke execute on function private.has_role(uuid, public.staff_role) from public, anon;
grant execute on function private.has_role(uuid, public.staff_role) to authenticated;

grant select on public.regions, public.organisations to anon, authenticated;
grant select on public.memberships, public.staff_invitations, public.audit_log to authenticated;

create policy "regions are public" on public.regions for select to anon, authenticated using (true);
create policy "organisations are public" on public.organisations for select to anon, authenticated using (true);

create policy "staff see their own memberships and admins their organisation's"
  on public.memberships for select to authenticated
  using (user_id = (select auth.uid()) or organisation_id in (select private.my_organisations('admin')));

create policy "admins see their organisation's invitations"
  on public.staff_invitations for select to authenticated
  using (organisation_id in (select private.my_organisations('admin')));

create policy "admins read their organisation's audit log"
  on public.audit_log for select to authenticated
  using (organisation_id in (select private.my_organisations('admin')));

-- Grant a role to a person by email: a membership if they have an account, else an invitation.
create function public.grant_staff_role(organisation uuid, invitee_email text, granted public.staff_role)
  returns text
  language plpgsql security definer set search_path = ''
as $$
declare
  normalized text := lower(trim(invitee_email));
  invitee uuid;
  added integer;
begin
  if not private.has_role(organisation, 'admin') then
    raise exception 'only an admin of this organisation may grant roles' using errcode = '42501';
  end if;
  if normalized !~ '^[^@\s]+@[^@\s]+\.[^@\s]+$' then
    raise exception 'invalid email address' using errcode = '22023';
  end if;
  select id into invitee from auth.users where lower(email) = normalized;
  if invitee is null then
    insert into public.staff_invitations (email, organisation_id, role, invited_by)
      values (normalized, organisation, granted, (select auth.uid()))
      on conflict (email, organisation_id, role) do nothing;
  else
    insert into public.memberships (user_id, organisation_id, role, granted_by)
      values (invitee, organisation, granted, (select auth.uid()))
      on conflict (user_id, organisation_id, role) do nothing;
  end if;
  -- Granting what someone already has (a form sent twice) changes, logs and mails nothing.
  get diagnostics added = row_count;
  if added = 0 then
    return 'unchanged';
  end if;
  insert into public.audit_log (actor_id, organisation_id, action, subject_type, subject_id, details)
    values ((select auth.uid()), organisation, 'staff_role.granted',
            case when invitee is null then 'invitation' else 'user' end,
            coalesce(invitee::text, normalized), jsonb_build_object('role', granted, 'email', normalized));
  return case when invitee is null then 'invited' else 'granted' end;
end
$$;

create function public.revoke_staff_role(membership uuid) returns void
  language plpgsql security definer set search_path = ''
as $$
declare
  revoked public.memberships;
begin
  select * into revoked from public.memberships where id = membership;
  if revoked.id is null or not private.has_role(revoked.organisation_id, 'admin') then
    raise exception 'only an admin of this organisation may revoke roles' using errcode = '42501';
  end if;
  if revoked.user_id = (select auth.uid()) and revoked.role = 'admin' then
    raise exception 'an admin cannot revoke their own admin role' using errcode = '22023';
  end if;
  delete from public.memberships where id = membership;
  insert into public.audit_log (actor_id, organisation_id, action, subject_type, subject_id, details)
    select (select auth.uid()), revoked.organisation_id, 'staff_role.revoked', 'user',
           revoked.user_id::text, jsonb_build_object('role', revoked.role, 'email', u.email)
    from auth.users u where u.id = revoked.user_id;
end
$$;

create function public.withdraw_staff_invitation(invitation uuid) returns void
  language plpgsql security definer set search_path = ''
as $$
declare
  withdrawn public.staff_invitations;
begin
  select * into withdrawn from public.staff_invitations where id = invitation;
  if withdrawn.id is null or not private.has_role(withdrawn.organisation_id, 'admin') then
    raise exception 'only an admin of this organisation may withdraw invitations' using errcode = '42501';
  end if;
  delete from public.staff_invitations where id = invitation;
  insert into public.audit_log (actor_id, organisation_id, action, subject_type, subject_id, details)
    values ((select auth.uid()), withdrawn.organisation_id, 'staff_invitation.withdrawn', 'invitation',
            withdrawn.email, jsonb_build_object('role', withdrawn.role, 'email', withdrawn.email));
end
$$;

-- Called at sign-in: turns invitations for the caller's email into memberships.
create function public.accept_staff_invitations() returns integer
  language plpgsql security definer set search_path = ''
as $$
declare
  caller uuid := (select auth.uid());
  caller_email text;
  accepted integer;
begin
  -- The confirmed address from auth.users, not the token's claim.
  select lower(u.email) into caller_email from auth.users u
  where u.id = caller and u.email_confirmed_at is not null;
  if caller is null or caller_email is null then
    return 0;
  end if;
  with taken as (
    delete from public.staff_invitations where email = caller_email returning *
  ), granted as (
    insert into public.memberships (user_id, organisation_id, role, granted_by)
      select caller, organisation_id, role, invited_by from taken
      on conflict (user_id, organisation_id, role) do nothing
      returning organisation_id, role
  )
  insert into public.audit_log (actor_id, organisation_id, action, subject_type, subject_id, details)
    select caller, organisation_id, 'staff_invitation.accepted', 'user', caller::text,
           jsonb_build_object('role', role, 'email', caller_email)
    from granted;
  get diagnostics accepted = row_count;
  return accepted;
end
$$;

-- The staff list for an admin screen: memberships with the email address from auth.users,
-- which staff cannot read directly.
create function public.organisation_staff(organisation uuid)
  returns table (membership_id uuid, user_id uuid, email text, role public.staff_role, granted_at timestamptz)
  language plpgsql stable security definer set search_path = ''
as $$
begin
  if not private.has_role(organisation, 'admin') then
    raise exception 'only an admin of this organisation may list its staff' using errcode = '42501';
  end if;
  return query
    select m.id, m.user_id, u.email::text, m.role, m.created_at
    from public.memberships m join auth.users u on u.id = m.user_id
    where m.organisation_id = organisation
    order by lower(u.email), m.role;
end
$$;

revoke execute on function public.organisation_staff(uuid) from public, anon;
grant execute on function public.organisation_staff(uuid) to authenticated;
revoke execute on function public.grant_staff_role(uuid, text, public.staff_role) from public, anon;
revoke execute on function public.revoke_staff_role(uuid) from public, anon;
revoke execute on function public.withdraw_staff_invitation(uuid) from public, anon;
revoke execute on function public.accept_staff_invitations() from public, anon;
grant execute on function public.grant_staff_role(uuid, text, public.staff_role) to authenticated;
grant execute on function public.revoke_staff_role(uuid) to authenticated;
grant execute on function public.withdraw_staff_invitation(uuid) to authenticated;
grant execute on function public.accept_staff_invitations() to authenticated;
