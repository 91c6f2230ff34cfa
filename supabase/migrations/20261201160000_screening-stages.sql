-- Screening (issue 7, points 3 and 4, database only): the route each parent type takes through the
-- stages as data, exits with a reason code, one function that moves an applicant with the rules of
-- the Dutch process enforced, an append-only stage history, and the screening checks (VGB,
-- references, training, home visits, the written decision) that only the organisation's
-- recruiters see, with every read and change in the audit log.

-- 'parked' (on hold) is an exit that can be undone. A value added to an existing enum cannot be used
-- in the transaction that adds it, so nothing below names it outside a function body.
alter type public.application_status add value if not exists 'parked';

create type public.application_exit as enum ('withdrawn', 'rejected', 'parked');
create type public.screening_check_kind as enum ('vgb', 'reference', 'training', 'home_visit', 'decision');
create type public.screening_check_status as enum ('requested', 'received', 'completed');
create type public.screening_decision as enum ('suitable', 'unsuitable');

-- The moves a recruiter may make, per parent type. A move is valid when any of the applicant's
-- parent types allows it. Support parents skip the family assessment (DOMAIN.md).
create table public.stage_routes (
  parent_type public.parent_type not null,
  from_stage public.applicant_stage not null,
  to_stage public.applicant_stage not null,
  primary key (parent_type, from_stage, to_stage),
  check (from_stage <> to_stage)
);

with routes (parent_type, stages) as (
  values
    ('foster'::public.parent_type, array['interest', 'information_evening', 'introduction', 'application',
      'screening', 'preparation', 'family_assessment', 'decision', 'available']::public.applicant_stage[]),
    ('family_home', array['interest', 'information_evening', 'introduction', 'application',
      'screening', 'preparation', 'family_assessment', 'decision', 'available']::public.applicant_stage[]),
    ('support', array['interest', 'information_evening', 'introduction', 'application',
      'screening', 'preparation', 'decision', 'available']::public.applicant_stage[])
), steps as (
  select r.parent_type, s.stage, s.position from routes r
  cross join lateral unnest(r.stages) with ordinality as s (stage, position)
)
-- Each stage to the next, and back one step to correct a move made too early.
insert into public.stage_routes (parent_type, from_stage, to_stage)
select here.parent_type, here.stage, there.stage
from steps here
join steps there on there.parent_type = here.parent_type and abs(there.position - here.position) = 1;

-- Why an application ended or was put on hold; the code is what the funnel counts.
create table public.exit_reasons (
  code text primary key check (code ~ '^[a-z_]{1,40}$'),
  exit public.application_exit not null,
  label text not null
);
insert into public.exit_reasons (code, exit, label) values
  ('no_response', 'withdrawn', 'Geen reactie meer'),
  ('not_for_me', 'withdrawn', 'Past toch niet bij ons'),
  ('circumstances_changed', 'withdrawn', 'Omstandigheden veranderd'),
  ('other_organisation', 'withdrawn', 'Gaat verder bij een andere organisatie'),
  ('training_dropped_out', 'withdrawn', 'Gestopt tijdens de voorbereiding'),
  ('vgb_objection', 'rejected', 'Geen verklaring van geen bezwaar'),
  ('below_minimum_age', 'rejected', 'Jonger dan 21 jaar'),
  ('assessed_unsuitable', 'rejected', 'Niet geschikt bevonden in het besluit'),
  ('waiting_for_training', 'parked', 'Wacht op een trainingsgroep'),
  ('life_event', 'parked', 'Ingrijpende gebeurtenis in het gezin'),
  ('applicant_asked_pause', 'parked', 'Aanmelder vraagt om een pauze');

alter table public.stage_routes enable row level security;
alter table public.exit_reasons enable row level security;
grant select on public.stage_routes, public.exit_reasons to authenticated;
create policy "signed-in users read the routes" on public.stage_routes for select to authenticated using (true);
create policy "signed-in users read the exit reasons" on public.exit_reasons for select to authenticated using (true);

-- Optimistic concurrency: every move raises the version; a move names the version it saw.
alter table public.applications
  add column version integer not null default 0,
  add column exit_reason_code text references public.exit_reasons (code),
  add column exited_at timestamptz;
create index applications_exit_reason_idx on public.applications (exit_reason_code);

alter table public.application_stage_history
  add column to_status public.application_status,
  add column reason_code text references public.exit_reasons (code),
  add column staff_note text check (length(staff_note) <= 2000);
create index application_stage_history_reason_idx on public.application_stage_history (reason_code);
-- Applicants read their own history (RLS), so a recruiter's note on a move is in a column only
-- app.list_stage_history hands out, to the organisation's staff.
revoke select on public.application_stage_history from anon, authenticated;
grant select (id, application_id, from_stage, to_stage, to_status, actor_id, reason, reason_code, at)
  on public.application_stage_history to anon, authenticated;

-- The history is append-only for every role, like the audit log. Two changes happen without anyone
-- editing it: its rows go with their application when that is erased (retention, a deletion
-- request), and an actor's deleted account sets actor_id to null.
create function private.refuse_stage_history_change() returns trigger
  language plpgsql set search_path = ''
as $$
begin
  if tg_op = 'DELETE'
     and not exists (select 1 from public.applications a where a.id = old.application_id) then
    return old;
  end if;
  if tg_op = 'UPDATE' and new.actor_id is null
     and (new.id, new.application_id, new.from_stage, new.to_stage, new.to_status, new.reason, new.reason_code,
          new.staff_note, new.at)
         is not distinct from
         (old.id, old.application_id, old.from_stage, old.to_stage, old.to_status, old.reason, old.reason_code,
          old.staff_note, old.at) then
    return new;
  end if;
  raise exception 'the stage history is append-only' using errcode = '42501';
end
$$;
revoke execute on function private.refuse_stage_history_change() from public, anon, authenticated;

create trigger application_stage_history_append_only before update or delete on public.application_stage_history
  for each row execute function private.refuse_stage_history_change();
create trigger application_stage_history_no_truncate before truncate on public.application_stage_history
  for each statement execute function private.refuse_stage_history_change();

-- Checks recorded during screening. household_member: null is the applicant, n the n-th entry
-- (from 0) of the application's household_members. A VGB is valid for two years from receipt.
create table public.screening_checks (
  id uuid primary key default gen_random_uuid(),
  application_id uuid not null references public.applications (id) on delete cascade,
  organisation_id uuid not null references public.organisations (id),
  kind public.screening_check_kind not null,
  household_member integer check (household_member >= 0),
  status public.screening_check_status not null default 'requested',
  requested_on date,
  received_on date,
  completed_on date,
  decision public.screening_decision,
  note text check (length(note) <= 2000),
  expires_at date generated always as (
    case when kind = 'vgb' and received_on is not null then (received_on + interval '2 years')::date end
  ) stored,
  recorded_by uuid references auth.users (id) on delete set null,
  recorded_at timestamptz not null default now(),
  created_at timestamptz not null default now(),
  check (household_member is null or kind = 'vgb'),
  check ((decision is null) = (kind <> 'decision')),
  check (status = 'requested' or received_on is not null or completed_on is not null)
);
create index screening_checks_application_idx on public.screening_checks (application_id, kind);
create index screening_checks_organisation_expiry_idx on public.screening_checks (organisation_id, expires_at);
create index screening_checks_recorded_by_idx on public.screening_checks (recorded_by);

alter table public.screening_checks enable row level security;
-- Reads only; every change goes through app.record_screening_check, which writes the audit log.
grant select on public.screening_checks to authenticated;
create policy "recruiters see their organisation's screening checks"
  on public.screening_checks for select to authenticated
  using (organisation_id in (select private.my_organisations('recruiter')));

create function private.stamp_screening_check() returns trigger
  language plpgsql set search_path = ''
as $$
begin
  new.recorded_by := (select auth.uid());
  new.recorded_at := now();
  return new;
end
$$;
revoke execute on function private.stamp_screening_check() from public, anon, authenticated;
create trigger screening_checks_stamp before insert or update on public.screening_checks
  for each row execute function private.stamp_screening_check();

-- What keeps an applicant in a stage: null when they may leave it along their route, else a code the
-- server turns into a Dutch message.
create function private.stage_exit_blocker(application public.applications, leaving public.applicant_stage)
  returns text
  language plpgsql stable set search_path = ''
as $$
declare
  birth_year integer := extract(year from current_date)::integer - 12;
begin
  if leaving = 'screening' then
    if exists (
      select 1 from (
        select null::integer as member
        where application.date_of_birth is null or extract(year from application.date_of_birth) <= birth_year
        union all
        select (m.position - 1)::integer from jsonb_array_elements(application.household_members)
          with ordinality as m (person, position)
        where (m.person ->> 'birthYear')::integer <= birth_year
      ) twelve_plus
      where not exists (
        select 1 from public.screening_checks c
        where c.application_id = application.id and c.kind = 'vgb'
          and c.household_member is not distinct from twelve_plus.member
          and c.status in ('received', 'completed') and c.received_on is not null
          and c.expires_at > current_date
      )
    ) then
      return 'vgb_missing';
    end if;
  elsif leaving = 'preparation' then
    if not exists (
      select 1 from public.screening_checks c
      where c.application_id = application.id and c.kind = 'training' and c.status = 'completed'
    ) then
      return 'training_not_completed';
    end if;
  elsif leaving = 'decision' then
    if not exists (
      select 1 from public.screening_checks c
      where c.application_id = application.id and c.kind = 'decision' and c.status = 'completed'
        and c.decision = 'suitable' and length(trim(coalesce(c.note, ''))) > 0
    ) then
      return 'decision_missing';
    end if;
  end if;
  return null;
end
$$;
revoke execute on function private.stage_exit_blocker(public.applications, public.applicant_stage) from public, anon, authenticated;

-- Moves an application to another stage along its route, or ends it / puts it on hold
-- (to_stage 'withdrawn', 'rejected', 'parked', with a reason code). A parked application resumes by
-- moving to the stage it is in. Errors: 42501 not a recruiter or admin of its organisation; OH409 the
-- version is stale (detail: JSON with what changed); OH422 the move is not on the route, the
-- application has ended, or a requirement is missing (detail: a code, see docs/architecture.md).
create function app.move_applicant(
  application uuid, to_stage text, expected_version integer, reason_code text, note text
) returns integer
  language plpgsql security definer set search_path = ''
as $$
declare
  caller uuid := (select auth.uid());
  held public.applications;
  latest public.application_stage_history;
  exit_kind public.application_exit;
  target public.applicant_stage;
  blocker text;
  new_status public.application_status;
  reason public.exit_reasons;
begin
  select * into held from public.applications a where a.id = application for update;
  -- Staff see an application once it is sent; a draft is the applicant's alone.
  if held.id is null or held.organisation_id is null or held.status = 'draft'
     or not (private.has_role(held.organisation_id, 'recruiter') or private.has_role(held.organisation_id, 'admin')) then
    raise exception 'only a recruiter or admin of its organisation moves an applicant' using errcode = '42501';
  end if;
  if held.version <> expected_version then
    select * into latest from public.application_stage_history h
      where h.application_id = held.id order by h.at desc, h.id desc limit 1;
    raise exception 'the application was changed by someone else' using errcode = 'OH409',
      detail = jsonb_build_object(
        'stage', held.stage, 'status', held.status, 'version', held.version,
        'moved_by', latest.actor_id,
        'moved_at', latest.at)::text;
  end if;
  if length(note) > 2000 then
    raise exception 'note is too long' using errcode = '22023';
  end if;
  if held.status in ('withdrawn', 'rejected') then
    raise exception 'the application has ended' using errcode = 'OH422', detail = 'application_ended';
  end if;

  if to_stage in ('withdrawn', 'rejected', 'parked') then
    exit_kind := to_stage::public.application_exit;
    select * into reason from public.exit_reasons r where r.code = reason_code;
    if reason.code is null or reason.exit <> exit_kind then
      raise exception 'an exit needs a reason code of its kind' using errcode = 'OH422', detail = 'reason_code_required';
    end if;
    if held.status::text = 'parked' and exit_kind = 'parked' then
      raise exception 'already on hold' using errcode = 'OH422', detail = 'already_parked';
    end if;
    if exit_kind = 'rejected' and held.stage = 'decision' and not exists (
      select 1 from public.screening_checks c
      where c.application_id = held.id and c.kind = 'decision' and c.status = 'completed'
        and c.decision = 'unsuitable' and length(trim(coalesce(c.note, ''))) > 0
    ) then
      raise exception 'a rejection at the decision needs the written decision' using errcode = 'OH422',
        detail = 'decision_missing';
    end if;
    new_status := to_stage::public.application_status;
    update public.applications a
      set status = new_status, exit_reason_code = reason.code, exited_at = now(),
          withdrawn_at = case when exit_kind <> 'parked' then now() else a.withdrawn_at end,
          version = a.version + 1, updated_at = now()
      where a.id = held.id;
    insert into public.application_stage_history (application_id, from_stage, to_stage, to_status, actor_id, staff_note, reason_code)
      values (held.id, held.stage, held.stage, new_status, caller, nullif(trim(note), ''), reason.code);
    return held.version + 1;
  end if;

  begin
    target := to_stage::public.applicant_stage;
  exception when invalid_text_representation then
    raise exception 'unknown stage' using errcode = '22023';
  end;
  if reason_code is not null then
    raise exception 'only an exit has a reason code' using errcode = 'OH422', detail = 'reason_code_for_exit_only';
  end if;

  if held.status::text = 'parked' then
    if target <> held.stage then
      raise exception 'a parked application resumes where it was' using errcode = 'OH422', detail = 'resume_in_same_stage';
    end if;
  else
    if not exists (
      select 1 from public.stage_routes r
      where r.parent_type = any (held.parent_types) and r.from_stage = held.stage and r.to_stage = target
    ) then
      raise exception 'not a move on this applicant''s route' using errcode = 'OH422', detail = 'not_on_route';
    end if;
    -- Requirements hold a stage only forwards: moving back to correct a mistake is always possible.
    if target > held.stage then
      blocker := private.stage_exit_blocker(held, held.stage);
      if blocker is not null then
        raise exception 'a requirement of this stage is missing' using errcode = 'OH422', detail = blocker;
      end if;
    end if;
  end if;

  update public.applications a
    set stage = target, status = 'submitted', exit_reason_code = null, exited_at = null,
        version = a.version + 1, updated_at = now()
    where a.id = held.id;
  insert into public.application_stage_history (application_id, from_stage, to_stage, to_status, actor_id, staff_note)
    values (held.id, held.stage, target, 'submitted', caller, nullif(trim(note), ''));
  return held.version + 1;
end
$$;
revoke execute on function app.move_applicant(uuid, text, integer, text, text) from public, anon;
grant execute on function app.move_applicant(uuid, text, integer, text, text) to authenticated;

-- An application's moves with the recruiters' notes, for the staff of its organisation who may move
-- it; the read is logged.
create function app.list_stage_history(application uuid)
  returns table (
    id bigint, from_stage public.applicant_stage, to_stage public.applicant_stage,
    to_status public.application_status, actor_id uuid, reason_code text, staff_note text, at timestamptz
  )
  language plpgsql security definer set search_path = ''
as $$
declare
  held public.applications;
begin
  select * into held from public.applications a where a.id = application;
  if held.id is null or held.organisation_id is null or held.status = 'draft'
     or not (private.has_role(held.organisation_id, 'recruiter') or private.has_role(held.organisation_id, 'admin')) then
    raise exception 'only a recruiter or admin of its organisation reads its history' using errcode = '42501';
  end if;
  perform app.log_staff_read(held.organisation_id, 'application', array[held.id::text], 'stage_history.list');
  return query
    select h.id, h.from_stage, h.to_stage, h.to_status, h.actor_id, h.reason_code, h.staff_note, h.at
    from public.application_stage_history h
    where h.application_id = held.id
    order by h.at, h.id;
end
$$;
revoke execute on function app.list_stage_history(uuid) from public, anon;
grant execute on function app.list_stage_history(uuid) to authenticated;

-- Records a new check (check_id null) or a later step of an existing one, with the date it happened.
-- Recruiters of the application's organisation only; every change in the audit log (kind and status,
-- never the note).
create function app.record_screening_check(
  application uuid,
  check_id uuid,
  check_kind public.screening_check_kind,
  household_member integer,
  new_status public.screening_check_status,
  happened_on date,
  decision public.screening_decision,
  note text
) returns uuid
  language plpgsql security definer set search_path = ''
as $$
declare
  held public.applications;
  existing public.screening_checks;
  saved public.screening_checks;
  on_date date := coalesce(happened_on, current_date);
begin
  select * into held from public.applications a where a.id = application;
  if held.id is null or held.organisation_id is null or held.status = 'draft'
     or not private.has_role(held.organisation_id, 'recruiter') then
    raise exception 'only a recruiter of its organisation records checks' using errcode = '42501';
  end if;
  if on_date > current_date then
    raise exception 'a check cannot happen in the future' using errcode = '22023';
  end if;
  if length(note) > 2000 then
    raise exception 'note is too long' using errcode = '22023';
  end if;
  if check_kind = 'decision' and (decision is null or (new_status = 'completed' and length(trim(coalesce(note, ''))) = 0)) then
    raise exception 'a decision needs its outcome and written reason' using errcode = '22023';
  end if;
  if household_member is not null and (check_kind <> 'vgb'
     or household_member >= jsonb_array_length(held.household_members)) then
    raise exception 'no such household member' using errcode = '22023';
  end if;

  if check_id is null then
    insert into public.screening_checks as c (
      application_id, organisation_id, kind, household_member, status, requested_on, received_on,
      completed_on, decision, note
    ) values (
      held.id, held.organisation_id, check_kind, household_member, new_status,
      case when new_status = 'requested' then on_date end,
      case when new_status = 'received' then on_date end,
      case when new_status = 'completed' then on_date end,
      case when check_kind = 'decision' then decision end,
      nullif(trim(note), '')
    ) returning * into saved;
  else
    select * into existing from public.screening_checks c
      where c.id = check_id and c.application_id = held.id for update;
    if existing.id is null then
      raise exception 'no such check for this application' using errcode = '22023';
    end if;
    update public.screening_checks c
      set status = new_status,
          requested_on = case when new_status = 'requested' then on_date else c.requested_on end,
          received_on = case when new_status = 'received' then on_date else c.received_on end,
          completed_on = case when new_status = 'completed' then on_date else c.completed_on end,
          decision = case when c.kind = 'decision' then coalesce(record_screening_check.decision, c.decision) end,
          note = coalesce(nullif(trim(record_screening_check.note), ''), c.note)
      where c.id = existing.id
      returning * into saved;
  end if;

  insert into public.audit_log (actor_id, organisation_id, action, subject_type, subject_id, details)
    values ((select auth.uid()), held.organisation_id,
            case when existing.id is null then 'screening_check.recorded' else 'screening_check.updated' end,
            'screening_check', saved.id::text,
            jsonb_build_object('application_id', held.id, 'kind', saved.kind, 'status', saved.status));
  return saved.id;
end
$$;
revoke execute on function app.record_screening_check(
  uuid, uuid, public.screening_check_kind, integer, public.screening_check_status, date, public.screening_decision, text
) from public, anon;
grant execute on function app.record_screening_check(
  uuid, uuid, public.screening_check_kind, integer, public.screening_check_status, date, public.screening_decision, text
) to authenticated;

-- An application's checks, for its organisation's recruiters; the read is logged in the same
-- transaction. Runs as the caller, so the table's policy decides what comes back.
create function app.list_screening_checks(application uuid)
  returns setof public.screening_checks
  language plpgsql set search_path = ''
as $$
declare
  organisation uuid;
begin
  -- Through the applications policy: a draft or another organisation's application is not found.
  select a.organisation_id into organisation from public.applications a where a.id = application;
  if organisation is null or not private.has_role(organisation, 'recruiter') then
    raise exception 'only a recruiter of its organisation reads checks' using errcode = '42501';
  end if;
  perform app.log_staff_read(organisation, 'application', array[application::text], 'screening_checks.list');
  return query
    select * from public.screening_checks c
    where c.application_id = application
    order by c.kind, c.household_member nulls first, c.created_at;
end
$$;
revoke execute on function app.list_screening_checks(uuid) from public, anon;
grant execute on function app.list_screening_checks(uuid) to authenticated;

-- VGBs that expire within 8 weeks (or have expired) for an organisation's recruiters: re-screening is
-- due. Logged as a read of each application concerned.
create function app.expiring_screening_checks(organisation uuid)
  returns setof public.screening_checks
  language plpgsql set search_path = ''
as $$
declare
  concerned text[];
begin
  if organisation is null or not private.has_role(organisation, 'recruiter') then
    raise exception 'only a recruiter of this organisation reads its checks' using errcode = '42501';
  end if;
  select coalesce(array_agg(distinct c.application_id::text), '{}') into concerned
    from public.screening_checks c
    where c.organisation_id = organisation and c.expires_at < current_date + 56;
  perform app.log_staff_read(organisation, 'application', concerned, 'screening_checks.expiring');
  return query
    select * from public.screening_checks c
    where c.organisation_id = organisation and c.expires_at < current_date + 56
    order by c.expires_at, c.id;
end
$$;
revoke execute on function app.expiring_screening_checks(uuid) from public, anon;
grant execute on function app.expiring_screening_checks(uuid) to authenticated;

-- An applicant ends their own application, also while it is on hold; like every exit it gets a
-- reason code, a new version (a recruiter's open page goes stale) and a line in the history.
insert into public.exit_reasons (code, exit, label) values
  ('applicant_withdrew', 'withdrawn', 'Aanmelder heeft zelf afgezegd'),
  ('applicant_asked_deletion', 'withdrawn', 'Aanmelder vroeg om verwijdering');

create function private.end_my_application(reason_code text) returns public.applications
  language plpgsql set search_path = ''
as $$
declare
  ended public.applications;
  previous public.applications;
begin
  select * into previous from public.applications a
    where a.user_id = (select auth.uid()) and a.status::text in ('draft', 'submitted', 'parked')
    for update;
  if previous.id is null then
    return null;
  end if;
  update public.applications a
    set status = 'withdrawn', withdrawn_at = now(), exited_at = now(), exit_reason_code = reason_code,
        version = a.version + 1, updated_at = now()
    where a.id = previous.id
    returning * into ended;
  insert into public.application_stage_history (application_id, from_stage, to_stage, to_status, actor_id, reason_code)
    values (ended.id, previous.stage, previous.stage, 'withdrawn', (select auth.uid()), reason_code);
  return ended;
end
$$;
revoke execute on function private.end_my_application(text) from public, anon, authenticated;

create or replace function app.withdraw_my_application(reason text) returns void
  language plpgsql security definer set search_path = ''
as $$
declare
  ended public.applications := private.end_my_application('applicant_withdrew');
begin
  if ended.id is not null then
    update public.applications a set withdrawal_reason = left(reason, 1000) where a.id = ended.id;
  end if;
end
$$;

create or replace function app.request_deletion_of_my_application() returns void
  language plpgsql security definer set search_path = ''
as $$
declare
  own public.applications;
begin
  -- Asking for deletion also ends the application (nobody should still be screening it) and
  -- withdraws any consent to keep the data longer.
  perform private.end_my_application('applicant_asked_deletion');
  update public.applications
    set deletion_requested_at = coalesce(deletion_requested_at, now()),
        keep_data_consented_at = null,
        updated_at = now()
    where user_id = (select auth.uid())
    returning * into own;
  if own.id is not null then
    insert into private.deletion_requests (application_id, organisation_id, region_id)
      values (own.id, own.organisation_id, own.region_id)
      on conflict (application_id) do nothing;
    if found then
      insert into public.audit_log (actor_id, organisation_id, action, subject_type, subject_id)
        values ((select auth.uid()), own.organisation_id, 'application.deletion_requested', 'application', own.id::text);
    end if;
  end if;
end
$$;
