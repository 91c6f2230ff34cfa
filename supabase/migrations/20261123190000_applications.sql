-- Applications of prospective parents: from the first step of the online form to "beschikbaar".
-- An anonymous applicant's browser holds a draft token (httpOnly cookie) that the server puts in the
-- request's JWT claims as `draft_token`; only its hash is stored. Once they sign in with their email
-- code the application is linked to their account.

create type public.applicant_stage as enum (
  'interest', 'information_evening', 'introduction', 'application', 'screening',
  'preparation', 'family_assessment', 'decision', 'available'
);
create type public.application_status as enum ('draft', 'submitted', 'withdrawn', 'rejected');
create type public.parent_type as enum ('foster', 'family_home', 'support');

create table public.applications (
  id uuid primary key default gen_random_uuid(),
  email text not null unique check (email = lower(email) and length(email) <= 254),
  user_id uuid references auth.users (id) on delete set null,
  draft_token_hash text unique,
  organisation_id uuid references public.organisations (id),
  region_id uuid references public.regions (id),
  stage public.applicant_stage not null default 'interest',
  status public.application_status not null default 'draft',
  steps_completed text[] not null default '{}',
  first_name text check (length(first_name) <= 100),
  last_name text check (length(last_name) <= 100),
  phone text check (length(phone) <= 30),
  date_of_birth date,
  household_members jsonb not null default '[]'::jsonb check (jsonb_typeof(household_members) = 'array'),
  parent_types public.parent_type[] not null default '{}',
  care_forms public.care_form[] not null default '{}',
  postcode text check (postcode ~ '^[1-9][0-9]{3}[A-Z]{2}$'),
  house_number text check (length(house_number) <= 12),
  municipality text,
  lat double precision,
  lng double precision,
  approx_lat double precision,
  approx_lng double precision,
  geocode_status text not null default 'pending' check (geocode_status in ('pending', 'found', 'not_found', 'failed')),
  geocode_attempts integer not null default 0,
  availability text check (length(availability) <= 2000),
  heard_via text check (length(heard_via) <= 200),
  source text check (length(source) <= 200),
  utm jsonb not null default '{}'::jsonb,
  privacy_version text,
  privacy_consented_at timestamptz,
  submitted_at timestamptz,
  withdrawn_at timestamptz,
  withdrawal_reason text check (length(withdrawal_reason) <= 1000),
  deletion_requested_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index applications_organisation_stage_idx on public.applications (organisation_id, stage);
create index applications_user_idx on public.applications (user_id);

create table public.application_stage_history (
  id bigint generated always as identity primary key,
  application_id uuid not null references public.applications (id) on delete cascade,
  from_stage public.applicant_stage,
  to_stage public.applicant_stage not null,
  actor_id uuid references auth.users (id) on delete set null,
  reason text,
  at timestamptz not null default now()
);
create index application_stage_history_application_idx on public.application_stage_history (application_id, at);

alter table public.applications enable row level security;
alter table public.application_stage_history enable row level security;

grant select on public.applications, public.application_stage_history to anon, authenticated;
-- Applicants may change only what they fill in themselves; stage, routing and consent go through functions.
grant update (
  first_name, last_name, phone, date_of_birth, household_members, parent_types, care_forms,
  postcode, house_number, availability, heard_via, steps_completed, updated_at
) on public.applications to anon, authenticated;

create policy "an applicant sees their own application"
  on public.applications for select to anon, authenticated
  using (
    draft_token_hash = encode(sha256(convert_to((select auth.jwt()) ->> 'draft_token', 'UTF8')), 'hex')
    or user_id = (select auth.uid())
  );

create policy "an applicant edits their own application until it is withdrawn"
  on public.applications for update to anon, authenticated
  using (
    status in ('draft', 'submitted')
    and (
      draft_token_hash = encode(sha256(convert_to((select auth.jwt()) ->> 'draft_token', 'UTF8')), 'hex')
      or user_id = (select auth.uid())
    )
  )
  with check (
    status in ('draft', 'submitted')
    and (
      draft_token_hash = encode(sha256(convert_to((select auth.jwt()) ->> 'draft_token', 'UTF8')), 'hex')
      or user_id = (select auth.uid())
    )
  );

create policy "recruiters and admins see their organisation's applications"
  on public.applications for select to authenticated
  using (
    organisation_id in (select private.my_organisations('recruiter'))
    or organisation_id in (select private.my_organisations('admin'))
  );

create policy "applicants and their recruiters see the stage history"
  on public.application_stage_history for select to anon, authenticated
  using (exists (select 1 from public.applications a where a.id = application_id));

-- Starts an application for an email address, or continues the caller's own. Never reveals another
-- person's application: for an address that is taken by someone else it answers 'exists'.
create function public.start_application(applicant_email text, draft_token text, first_source text, first_utm jsonb)
  returns table (outcome text, application_id uuid)
  language plpgsql security definer set search_path = ''
as $$
declare
  normalized text := lower(trim(applicant_email));
  caller uuid := (select auth.uid());
  caller_email text := lower((select auth.jwt()) ->> 'email');
  token_hash text := encode(sha256(convert_to(draft_token, 'UTF8')), 'hex');
  existing public.applications;
begin
  if normalized !~ '^[^@\s]+@[^@\s]+\.[^@\s]+$' or length(normalized) > 254 then
    raise exception 'invalid email address' using errcode = '22023';
  end if;
  if caller is not null and normalized <> caller_email then
    raise exception 'a signed-in applicant applies with their own address' using errcode = '42501';
  end if;
  if caller is null and (draft_token is null or length(draft_token) < 32) then
    raise exception 'a draft token is required' using errcode = '22023';
  end if;

  select * into existing from public.applications where email = normalized for update;
  if existing.id is null then
    insert into public.applications (email, user_id, draft_token_hash, source, utm)
      values (normalized, caller, case when caller is null then token_hash end,
              left(first_source, 200), coalesce(first_utm, '{}'::jsonb))
      returning id into existing.id;
    insert into public.application_stage_history (application_id, to_stage, actor_id)
      values (existing.id, 'interest', caller);
    return query select 'created', existing.id;
  elsif existing.user_id = caller or existing.draft_token_hash = token_hash
        or (caller is not null and existing.user_id is null) then
    -- Continuing: claim it if it was started elsewhere (an evening registration, say), and keep the
    -- first campaign and UTM we learn of.
    update public.applications
      set user_id = coalesce(user_id, caller),
          source = coalesce(source, left(first_source, 200)),
          utm = case when utm = '{}'::jsonb then coalesce(first_utm, '{}'::jsonb) else utm end
      where id = existing.id;
    return query select 'continued', existing.id;
  else
    return query select 'exists', null::uuid;
  end if;
end
$$;

-- Submits the caller's own complete application with the privacy statement version they agreed to.
-- Safe to call twice (a double click): the second call changes nothing and answers false.
create function public.submit_application(application uuid, privacy_statement_version text)
  returns boolean
  language plpgsql security definer set search_path = ''
as $$
declare
  own public.applications;
begin
  select * into own from public.applications a
  where a.id = application
    and (a.user_id = (select auth.uid())
         or a.draft_token_hash = encode(sha256(convert_to((select auth.jwt()) ->> 'draft_token', 'UTF8')), 'hex'))
  for update;
  if own.id is null then
    raise exception 'not your application' using errcode = '42501';
  end if;
  if own.status <> 'draft' then
    return false;
  end if;
  if own.first_name is null or own.last_name is null or own.date_of_birth is null
     or own.postcode is null or own.house_number is null or cardinality(own.parent_types) = 0 then
    raise exception 'application is incomplete' using errcode = '22023';
  end if;
  update public.applications
    set status = 'submitted', submitted_at = now(), updated_at = now(),
        privacy_version = privacy_statement_version, privacy_consented_at = now(),
        stage = case when stage < 'application' then 'application'::public.applicant_stage else stage end
    where id = own.id;
  if own.stage < 'application' then
    insert into public.application_stage_history (application_id, from_stage, to_stage, actor_id)
      values (own.id, own.stage, 'application', (select auth.uid()));
  end if;
  return true;
end
$$;

-- After an email sign-in: the application with the caller's verified address becomes theirs.
create function public.claim_my_application() returns void
  language sql security definer set search_path = ''
as $$
  update public.applications
    set user_id = (select auth.uid())
    where email = lower((select auth.jwt()) ->> 'email') and user_id is null and (select auth.uid()) is not null
$$;

create function public.withdraw_my_application(reason text) returns void
  language plpgsql security definer set search_path = ''
as $$
begin
  update public.applications
    set status = 'withdrawn', withdrawn_at = now(), withdrawal_reason = left(reason, 1000), updated_at = now()
    where user_id = (select auth.uid()) and status in ('draft', 'submitted');
end
$$;

create function public.request_deletion_of_my_application() returns void
  language plpgsql security definer set search_path = ''
as $$
declare
  own public.applications;
begin
  -- Asking for deletion also ends the application: nobody should still be screening it.
  update public.applications
    set deletion_requested_at = coalesce(deletion_requested_at, now()),
        status = case when status in ('draft', 'submitted') then 'withdrawn'::public.application_status else status end,
        withdrawn_at = case when status in ('draft', 'submitted') then now() else withdrawn_at end,
        updated_at = now()
    where user_id = (select auth.uid())
    returning * into own;
  if own.id is not null then
    insert into public.audit_log (actor_id, organisation_id, action, subject_type, subject_id)
      values ((select auth.uid()), own.organisation_id, 'application.deletion_requested', 'application', own.id::text);
  end if;
end
$$;

revoke execute on function public.start_application(text, text, text, jsonb) from public;
revoke execute on function public.submit_application(uuid, text) from public;
revoke execute on function public.claim_my_application() from public, anon;
revoke execute on function public.withdraw_my_application(text) from public, anon;
revoke execute on function public.request_deletion_of_my_application() from public, anon;
-- Meant for anonymous visitors: starting and submitting the online application.
grant execute on function public.start_application(text, text, text, jsonb) to anon, authenticated;
grant execute on function public.submit_application(uuid, text) to anon, authenticated;
grant execute on function public.claim_my_application() to authenticated;
grant execute on function public.withdraw_my_application(text) to authenticated;
grant execute on function public.request_deletion_of_my_application() to authenticated;

-- Rate limits for public forms, keyed by a hash (never a raw IP address or email).
create table private.rate_limits (
  key text not null,
  window_start timestamptz not null,
  hits integer not null default 0,
  primary key (key, window_start)
);
alter table private.rate_limits enable row level security;
grant select, insert, update, delete on private.rate_limits to service_role;
