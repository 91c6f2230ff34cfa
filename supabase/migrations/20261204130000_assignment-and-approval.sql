-- The recruiter workspace (issue 7, points 2 and 6): who follows an applicant up and what they do
-- next, with a version check like moves; and approval, which moves an applicant into 'available'
-- and creates their capacity record (pseudonymous) and household contact in one transaction.

-- Staff-only follow-up of an application: who is assigned and the next action with its due date.
-- Apart from public.applications so applicants, who read their own row, never see it; and with its
-- own version, so assigning someone does not make a colleague's open move form stale.
create table public.application_follow_ups (
  application_id uuid primary key references public.applications (id) on delete cascade,
  organisation_id uuid not null references public.organisations (id),
  assigned_recruiter_id uuid references auth.users (id) on delete set null,
  next_action text check (length(next_action) between 1 and 200),
  next_action_due date,
  version integer not null default 0,
  updated_by uuid references auth.users (id) on delete set null,
  updated_at timestamptz not null default now(),
  check ((next_action is null) = (next_action_due is null))
);
create index application_follow_ups_organisation_assigned_idx
  on public.application_follow_ups (organisation_id, assigned_recruiter_id);
create index application_follow_ups_assigned_idx on public.application_follow_ups (assigned_recruiter_id);
create index application_follow_ups_updated_by_idx on public.application_follow_ups (updated_by);

-- Every change of the follow-up, for the applicant page's timeline.
create table public.application_follow_up_events (
  id bigint generated always as identity primary key,
  application_id uuid not null references public.applications (id) on delete cascade,
  organisation_id uuid not null references public.organisations (id),
  kind text not null check (kind in ('assigned', 'unassigned', 'next_action_set', 'next_action_cleared')),
  assigned_recruiter_id uuid references auth.users (id) on delete set null,
  next_action text check (length(next_action) <= 200),
  next_action_due date,
  actor_id uuid references auth.users (id) on delete set null,
  at timestamptz not null default now()
);
create index application_follow_up_events_application_idx on public.application_follow_up_events (application_id, at);
create index application_follow_up_events_organisation_idx on public.application_follow_up_events (organisation_id);
create index application_follow_up_events_assigned_idx on public.application_follow_up_events (assigned_recruiter_id);
create index application_follow_up_events_actor_idx on public.application_follow_up_events (actor_id);

alter table public.application_follow_ups enable row level security;
alter table public.application_follow_up_events enable row level security;
-- Reads only; changes go through app.assign_applicant and app.set_next_action.
grant select on public.application_follow_ups, public.application_follow_up_events to authenticated;
grant select, insert, update, delete on public.application_follow_ups to service_role;
grant select, insert, update, delete on public.application_follow_up_events to service_role;

create policy "the organisation's recruiters and admins see the follow-up"
  on public.application_follow_ups for select to authenticated
  using (
    organisation_id in (select private.my_organisations('recruiter'))
    or organisation_id in (select private.my_organisations('admin'))
  );
create policy "the organisation's recruiters and admins see the follow-up's history"
  on public.application_follow_up_events for select to authenticated
  using (
    organisation_id in (select private.my_organisations('recruiter'))
    or organisation_id in (select private.my_organisations('admin'))
  );

-- The follow-up row of a sent application of the caller's organisation, locked, after the version
-- check. Errors: 42501 not a recruiter of its organisation (or a draft); OH409 the version is stale
-- (detail: JSON with the current follow-up, who changed it and when).
create function private.follow_up_for_change(application uuid, expected_version integer)
  returns public.application_follow_ups
  language plpgsql set search_path = ''
as $$
declare
  held public.applications;
  follow_up public.application_follow_ups;
begin
  select * into held from public.applications a where a.id = application;
  if held.id is null or held.organisation_id is null or held.status = 'draft'
     or not private.has_role(held.organisation_id, 'recruiter') then
    raise exception 'only a recruiter of its organisation follows an applicant up' using errcode = '42501';
  end if;
  insert into public.application_follow_ups (application_id, organisation_id)
    values (held.id, held.organisation_id)
    on conflict (application_id) do nothing;
  select * into follow_up from public.application_follow_ups f where f.application_id = held.id for update;
  if follow_up.version <> expected_version then
    raise exception 'the follow-up was changed by someone else' using errcode = 'OH409',
      detail = jsonb_build_object(
        'assigned_recruiter_id', follow_up.assigned_recruiter_id, 'next_action', follow_up.next_action is not null,
        'version', follow_up.version, 'changed_by', follow_up.updated_by, 'changed_at', follow_up.updated_at)::text;
  end if;
  return follow_up;
end
$$;
revoke execute on function private.follow_up_for_change(uuid, integer) from public, anon, authenticated;

-- Assigns a recruiter of the application's organisation (null: nobody). Returns the new version.
create function app.assign_applicant(application uuid, recruiter uuid, expected_version integer)
  returns integer
  language plpgsql security definer set search_path = ''
as $$
declare
  follow_up public.application_follow_ups := private.follow_up_for_change(application, expected_version);
begin
  if recruiter is not null and not exists (
    select 1 from public.memberships m
    where m.user_id = recruiter and m.organisation_id = follow_up.organisation_id and m.role = 'recruiter'
  ) then
    raise exception 'only a recruiter of the organisation can be assigned' using errcode = '22023';
  end if;
  update public.application_follow_ups f
    set assigned_recruiter_id = recruiter, version = f.version + 1,
        updated_by = (select auth.uid()), updated_at = now()
    where f.application_id = follow_up.application_id;
  insert into public.application_follow_up_events (application_id, organisation_id, kind, assigned_recruiter_id, actor_id)
    values (follow_up.application_id, follow_up.organisation_id,
            case when recruiter is null then 'unassigned' else 'assigned' end, recruiter, (select auth.uid()));
  insert into public.audit_log (actor_id, organisation_id, action, subject_type, subject_id, details)
    values ((select auth.uid()), follow_up.organisation_id, 'application.assigned', 'application',
            follow_up.application_id::text, jsonb_build_object('recruiter_id', recruiter));
  return follow_up.version + 1;
end
$$;
revoke execute on function app.assign_applicant(uuid, uuid, integer) from public, anon;
grant execute on function app.assign_applicant(uuid, uuid, integer) to authenticated;

-- Sets the next action with its due date, or clears it (both null). Returns the new version.
create function app.set_next_action(application uuid, action text, due date, expected_version integer)
  returns integer
  language plpgsql security definer set search_path = ''
as $$
declare
  follow_up public.application_follow_ups := private.follow_up_for_change(application, expected_version);
  cleaned text := nullif(trim(action), '');
begin
  if (cleaned is null) <> (due is null) or length(cleaned) > 200 then
    raise exception 'a next action needs a short text and a due date' using errcode = '22023';
  end if;
  update public.application_follow_ups f
    set next_action = cleaned, next_action_due = due, version = f.version + 1,
        updated_by = (select auth.uid()), updated_at = now()
    where f.application_id = follow_up.application_id;
  insert into public.application_follow_up_events
      (application_id, organisation_id, kind, next_action, next_action_due, actor_id)
    values (follow_up.application_id, follow_up.organisation_id,
            case when cleaned is null then 'next_action_cleared' else 'next_action_set' end, cleaned, due,
            (select auth.uid()));
  -- The action's text may name people; the audit log keeps only that it changed and the date.
  insert into public.audit_log (actor_id, organisation_id, action, subject_type, subject_id, details)
    values ((select auth.uid()), follow_up.organisation_id, 'application.next_action_set', 'application',
            follow_up.application_id::text, jsonb_build_object('due', due));
  return follow_up.version + 1;
end
$$;
revoke execute on function app.set_next_action(uuid, text, date, integer) from public, anon;
grant execute on function app.set_next_action(uuid, text, date, integer) to authenticated;

-- The recruiters of an organisation with their sign-in address, for its recruiters and admins: whom
-- an applicant can be assigned to. auth.users is not readable by staff, hence definer.
create function app.organisation_recruiters(organisation uuid)
  returns table (user_id uuid, email text)
  language plpgsql stable security definer set search_path = ''
as $$
begin
  if not (private.has_role(organisation, 'recruiter') or private.has_role(organisation, 'admin')) then
    raise exception 'only staff of this organisation list its recruiters' using errcode = '42501';
  end if;
  return query
    select m.user_id, u.email::text
    from public.memberships m join auth.users u on u.id = m.user_id
    where m.organisation_id = organisation and m.role = 'recruiter'
    order by lower(u.email::text);
end
$$;
revoke execute on function app.organisation_recruiters(uuid) from public, anon;
grant execute on function app.organisation_recruiters(uuid) to authenticated;

-- The number in each organisation's household labels ("Gezin U-0131"), handed out under a row lock
-- so two approvals at once never share one.
create table private.household_label_counters (
  organisation_id uuid primary key references public.organisations (id) on delete cascade,
  code text not null check (code ~ '^[A-Z]{1,3}$'),
  last_number integer not null check (last_number >= 0)
);
alter table private.household_label_counters enable row level security;
grant select, insert, update, delete on private.household_label_counters to service_role;

-- The next label for a household of this organisation. The first time, the counter starts after the
-- highest number already in its labels (the demo's and any entered by hand) and takes their letter,
-- or else the first letter of the organisation's slug.
create function private.next_household_label(organisation uuid, kind public.household_kind)
  returns text
  language plpgsql set search_path = ''
as $$
declare
  counter private.household_label_counters;
begin
  insert into private.household_label_counters (organisation_id, code, last_number)
    select o.id,
           coalesce(
             (select substring(h.label from ' ([A-Z]{1,3})-[0-9]+$') from public.households h
               where h.organisation_id = o.id and h.label ~ ' [A-Z]{1,3}-[0-9]+$'
               order by h.created_at desc limit 1),
             upper(left(o.slug, 1))),
           coalesce(
             (select max(substring(h.label from '-([0-9]+)$')::integer) from public.households h
               where h.organisation_id = o.id and h.label ~ '-[0-9]{1,9}$'),
             0)
    from public.organisations o where o.id = organisation
    on conflict (organisation_id) do nothing;
  update private.household_label_counters c set last_number = c.last_number + 1
    where c.organisation_id = organisation
    returning * into counter;
  return format('%s %s-%s',
    case kind when 'foster_family' then 'Gezin' when 'family_home' then 'Gezinshuis' else 'Steungezin' end,
    counter.code, lpad(counter.last_number::text, 4, '0'));
end
$$;
revoke execute on function private.next_household_label(uuid, public.household_kind) from public, anon, authenticated;

-- Approves an applicant whose written decision is 'suitable': moves them from 'decision' to
-- 'available' and creates their capacity record and household contact, one transaction. `capacity`
-- holds the household's columns (kind, care_forms, places_total, places_free, max_sibling_group,
-- age_min, age_max, available_from, available_until, expertise, languages, household_children_ages,
-- has_pets, smoking, accessible_home, own_bedroom, open_past_eighteen, max_travel_km, municipality,
-- postcode4, approx_lat, approx_lng); the organisation, region, label and stamps are the function's.
-- The exact address goes only to private.household_addresses. Errors: 42501 not a recruiter of its
-- organisation; OH409 stale version (detail as for app.move_applicant); OH422 with detail
-- application_ended, not_at_decision, decision_missing, already_approved, kind_not_applied_for.
create function app.approve_applicant(
  application uuid, expected_version integer, capacity jsonb,
  contact_name text, contact_email text, contact_phone text, note text
) returns table (household_id uuid, label text, version integer)
  language plpgsql security definer set search_path = ''
as $$
declare
  caller uuid := (select auth.uid());
  held public.applications;
  latest public.application_stage_history;
  offered public.households := jsonb_populate_record(null::public.households, capacity);
  blocker text;
  created public.households;
begin
  select * into held from public.applications a where a.id = application for update;
  if held.id is null or held.organisation_id is null or held.status = 'draft'
     or not private.has_role(held.organisation_id, 'recruiter') then
    raise exception 'only a recruiter of its organisation approves an applicant' using errcode = '42501';
  end if;
  if held.version <> expected_version then
    select * into latest from public.application_stage_history h
      where h.application_id = held.id order by h.at desc, h.id desc limit 1;
    raise exception 'the application was changed by someone else' using errcode = 'OH409',
      detail = jsonb_build_object(
        'stage', held.stage, 'status', held.status, 'version', held.version,
        'moved_by', latest.actor_id, 'moved_at', latest.at)::text;
  end if;
  if exists (select 1 from public.household_contacts c where c.application_id = held.id) then
    raise exception 'this application was approved before' using errcode = 'OH422', detail = 'already_approved';
  end if;
  if held.status <> 'submitted' then
    raise exception 'the application has ended or is on hold' using errcode = 'OH422', detail = 'application_ended';
  end if;
  if held.stage <> 'decision' then
    raise exception 'approval happens at the decision' using errcode = 'OH422', detail = 'not_at_decision';
  end if;
  blocker := private.stage_exit_blocker(held, 'decision');
  if blocker is not null then
    raise exception 'a requirement of this stage is missing' using errcode = 'OH422', detail = blocker;
  end if;
  if offered.kind is null or not (
    case offered.kind when 'foster_family' then 'foster' when 'family_home' then 'family_home' else 'support' end
  )::public.parent_type = any (held.parent_types) then
    raise exception 'the household kind is not what the applicant applied for' using errcode = 'OH422',
      detail = 'kind_not_applied_for';
  end if;
  if length(note) > 2000 then
    raise exception 'note is too long' using errcode = '22023';
  end if;

  insert into public.households as h (
    organisation_id, region_id, label, kind, status, care_forms, places_total, places_free, max_sibling_group,
    age_min, age_max, available_from, available_until, expertise, languages, household_children_ages,
    has_pets, smoking, accessible_home, own_bedroom, open_past_eighteen, max_travel_km, municipality,
    postcode4, approx_lat, approx_lng, vgb_date, next_rescreening, capacity_updated_by
  )
  select o.id, o.region_id, private.next_household_label(o.id, offered.kind), offered.kind, 'active',
         offered.care_forms, offered.places_total, offered.places_free, coalesce(offered.max_sibling_group, 1),
         offered.age_min, offered.age_max, offered.available_from, offered.available_until,
         coalesce(offered.expertise, '{}'), coalesce(offered.languages, '{nl}'),
         coalesce(offered.household_children_ages, '{}'), coalesce(offered.has_pets, false),
         coalesce(offered.smoking, false), coalesce(offered.accessible_home, false),
         coalesce(offered.own_bedroom, true), coalesce(offered.open_past_eighteen, false),
         coalesce(offered.max_travel_km, 25), offered.municipality, offered.postcode4,
         offered.approx_lat, offered.approx_lng, vgb.received_on, (vgb.received_on + interval '2 years')::date, caller
  from public.organisations o
  left join lateral (
    -- The applicant's own VGB: its date starts the two years until re-screening.
    select max(c.received_on) as received_on from public.screening_checks c
    where c.application_id = held.id and c.kind = 'vgb' and c.household_member is null
  ) vgb on true
  where o.id = held.organisation_id
  returning * into created;

  if held.postcode is not null and held.house_number is not null then
    insert into private.household_addresses (household_id, postcode, house_number, lat, lng)
      values (created.id, held.postcode, held.house_number, held.lat, held.lng);
  end if;
  insert into public.household_contacts (household_id, display_name, email, phone, application_id)
    values (created.id, trim(contact_name), nullif(lower(trim(contact_email)), ''), nullif(trim(contact_phone), ''),
            held.id);

  update public.applications a
    set stage = 'available', version = a.version + 1, updated_at = now()
    where a.id = held.id;
  insert into public.application_stage_history (application_id, from_stage, to_stage, to_status, actor_id, staff_note)
    values (held.id, held.stage, 'available', 'submitted', caller, nullif(trim(note), ''));
  insert into public.audit_log (actor_id, organisation_id, action, subject_type, subject_id, details)
    values (caller, held.organisation_id, 'application.approved', 'application', held.id::text,
            jsonb_build_object('household_id', created.id, 'label', created.label));
  return query select created.id, created.label, held.version + 1;
end
$$;
revoke execute on function app.approve_applicant(uuid, integer, jsonb, text, text, text, text) from public, anon;
grant execute on function app.approve_applicant(uuid, integer, jsonb, text, text, text, text) to authenticated;
