-- Capacity freshness (issue 8, item 6) and the regional placement overview (item 7).
-- Households and their organisation's recruiters confirm or change availability through two
-- functions that stamp who and when, write the audit log and refuse a stale page; a job reminds
-- households every N weeks (per organisation, default 6), once per household per period. The
-- overview gives placement workers their region's figures as aggregates only: needs of other
-- organisations stay unreadable row by row.

-- How often an organisation's households are asked to confirm. Not personal data: every signed-in
-- user may read it, so lists can mark stale records of other organisations in the region too.
create table public.capacity_settings (
  organisation_id uuid primary key references public.organisations (id) on delete cascade,
  confirm_every_weeks integer not null default 6 check (confirm_every_weeks between 1 and 26),
  updated_by uuid references auth.users (id) on delete set null,
  updated_at timestamptz not null default now()
);
create index capacity_settings_updated_by_idx on public.capacity_settings (updated_by);
alter table public.capacity_settings enable row level security;
grant select on public.capacity_settings to authenticated;
create policy "signed-in users read how often capacity is confirmed"
  on public.capacity_settings for select to authenticated using (true);

create function private.capacity_confirm_weeks(organisation uuid) returns integer
  language sql stable set search_path = ''
as $$
  select coalesce(
    (select s.confirm_every_weeks from public.capacity_settings s where s.organisation_id = organisation), 6)
$$;
revoke execute on function private.capacity_confirm_weeks(uuid) from public, anon;
grant execute on function private.capacity_confirm_weeks(uuid) to authenticated, service_role;

-- Stale: not confirmed within the organisation's period. Lists mark it ("niet bevestigd sinds ...").
create function private.capacity_is_stale(organisation uuid, capacity_updated_at timestamptz) returns boolean
  language sql stable set search_path = ''
as $$
  select capacity_updated_at < now() - make_interval(weeks => private.capacity_confirm_weeks(organisation))
$$;
revoke execute on function private.capacity_is_stale(uuid, timestamptz) from public, anon;
grant execute on function private.capacity_is_stale(uuid, timestamptz) to authenticated, service_role;

create function app.set_capacity_confirm_weeks(organisation uuid, weeks integer) returns void
  language plpgsql security definer set search_path = ''
as $$
begin
  if organisation is null or not private.has_role(organisation, 'admin') then
    raise exception 'only an admin of this organisation sets how often capacity is confirmed' using errcode = '42501';
  end if;
  insert into public.capacity_settings as s (organisation_id, confirm_every_weeks, updated_by)
    values (organisation, weeks, (select auth.uid()))
    on conflict (organisation_id) do update
      set confirm_every_weeks = excluded.confirm_every_weeks, updated_by = excluded.updated_by, updated_at = now();
  insert into public.audit_log (actor_id, organisation_id, action, subject_type, subject_id, details)
    values ((select auth.uid()), organisation, 'capacity_settings.changed', 'organisation', organisation::text,
            jsonb_build_object('confirm_every_weeks', weeks));
end
$$;
revoke execute on function app.set_capacity_confirm_weeks(uuid, integer) from public, anon;
grant execute on function app.set_capacity_confirm_weeks(uuid, integer) to authenticated;

-- Optimistic concurrency for availability: every change of a household row raises the version, so
-- a form names the version it showed and a change made meanwhile (by anyone, any path) is noticed.
alter table public.households add column availability_version integer not null default 0;

create function private.bump_availability_version() returns trigger
  language plpgsql set search_path = ''
as $$
begin
  new.availability_version := old.availability_version + 1;
  return new;
end
$$;
revoke execute on function private.bump_availability_version() from public, anon, authenticated;
create trigger households_version before update on public.households
  for each row execute function private.bump_availability_version();

-- The households whose contact address is the caller's confirmed sign-in address. Called only from
-- the functions below, which run as their owner.
create function private.my_household_ids() returns setof uuid
  language sql stable set search_path = ''
as $$
  select c.household_id from public.household_contacts c
  join auth.users u on lower(u.email) = lower(c.email)
  where u.id = (select auth.uid()) and u.email_confirmed_at is not null
$$;
revoke execute on function private.my_household_ids() from public, anon, authenticated;

-- Locks a household for an availability change by its own people or its organisation's recruiters.
-- 42501 for anyone else (and for a household that does not exist, so ids cannot be probed);
-- OH409 when the version is stale, with what changed as JSON detail; OH422 when it is inactive.
create function private.hold_household_for_availability(household uuid, expected_version integer)
  returns public.households
  language plpgsql set search_path = ''
as $$
declare
  held public.households;
begin
  select * into held from public.households h where h.id = household for update;
  if held.id is null
     or not (private.has_role(held.organisation_id, 'recruiter')
             or held.id in (select private.my_household_ids())) then
    raise exception 'only the household or a recruiter of its organisation keeps its availability'
      using errcode = '42501';
  end if;
  if held.availability_version <> expected_version then
    raise exception 'the availability changed meanwhile' using errcode = 'OH409',
      detail = jsonb_build_object('version', held.availability_version,
                                  'updated_by', held.capacity_updated_by,
                                  'updated_at', held.capacity_updated_at)::text;
  end if;
  if held.status = 'inactive' then
    raise exception 'the household is inactive' using errcode = 'OH422', detail = 'household_inactive';
  end if;
  return held;
end
$$;
revoke execute on function private.hold_household_for_availability(uuid, integer) from public, anon, authenticated;

create function private.log_availability(held public.households, action text, fields text[]) returns void
  language sql set search_path = ''
as $$
  insert into public.audit_log (actor_id, organisation_id, action, subject_type, subject_id, details)
    values ((select auth.uid()), held.organisation_id, action, 'household', held.id::text,
            jsonb_build_object('fields', to_jsonb(fields),
                               'by', case when private.has_role(held.organisation_id, 'recruiter')
                                          then 'recruiter' else 'household' end))
$$;
revoke execute on function private.log_availability(public.households, text, text[]) from public, anon, authenticated;

-- "Klopt nog": the availability as shown is still right. Returns the new version.
create function app.confirm_household_availability(household uuid, expected_version integer) returns integer
  language plpgsql security definer set search_path = ''
as $$
declare
  held public.households := private.hold_household_for_availability(household, expected_version);
begin
  update public.households h
    set capacity_updated_at = now(), capacity_updated_by = (select auth.uid())
    where h.id = held.id;
  perform private.log_availability(held, 'household.availability_confirmed', '{}');
  return held.availability_version + 1;
end
$$;
revoke execute on function app.confirm_household_availability(uuid, integer) from public, anon;
grant execute on function app.confirm_household_availability(uuid, integer) to authenticated;

-- Changes what a household offers now: free places, from/until, active or paused. Setting a
-- household inactive, or anything else about it, stays with the organisation. Returns the new version.
-- OH422 details: status_not_allowed, places_free_out_of_range, until_before_from.
create function app.update_household_availability(
  household uuid,
  expected_version integer,
  new_places_free integer,
  new_available_from date,
  new_available_until date,
  new_status public.household_status
) returns integer
  language plpgsql security definer set search_path = ''
as $$
declare
  held public.households := private.hold_household_for_availability(household, expected_version);
  changed text[];
begin
  if new_status is null or new_status not in ('active', 'paused') then
    raise exception 'a household is active or paused here' using errcode = 'OH422', detail = 'status_not_allowed';
  end if;
  if new_places_free is null or new_places_free not between 0 and held.places_total then
    raise exception 'free places out of range' using errcode = 'OH422', detail = 'places_free_out_of_range';
  end if;
  if new_available_until < new_available_from then
    raise exception 'available until before available from' using errcode = 'OH422', detail = 'until_before_from';
  end if;
  changed := array_remove(array[
    case when new_places_free <> held.places_free then 'places_free' end,
    case when new_available_from is distinct from held.available_from then 'available_from' end,
    case when new_available_until is distinct from held.available_until then 'available_until' end,
    case when new_status <> held.status then 'status' end
  ], null);
  update public.households h
    set places_free = new_places_free, available_from = new_available_from,
        available_until = new_available_until, status = new_status,
        capacity_updated_at = now(), capacity_updated_by = (select auth.uid())
    where h.id = held.id;
  perform private.log_availability(
    held,
    case when cardinality(changed) = 0 then 'household.availability_confirmed' else 'household.availability_changed' end,
    changed);
  return held.availability_version + 1;
end
$$;
revoke execute on function app.update_household_availability(uuid, integer, integer, date, date, public.household_status)
  from public, anon;
grant execute on function app.update_household_availability(uuid, integer, integer, date, date, public.household_status)
  to authenticated;

-- What a signed-in household sees at /mijn: its own availability, nothing of anyone else's.
create function app.my_households() returns table (
  id uuid,
  label text,
  organisation_name text,
  status public.household_status,
  places_total integer,
  places_free integer,
  available_from date,
  available_until date,
  capacity_updated_at timestamptz,
  availability_version integer,
  confirm_every_weeks integer
)
  language sql stable security definer set search_path = ''
as $$
  select h.id, h.label, o.name, h.status, h.places_total, h.places_free, h.available_from, h.available_until,
         h.capacity_updated_at, h.availability_version, private.capacity_confirm_weeks(h.organisation_id)
  from public.households h
  join public.organisations o on o.id = h.organisation_id
  where h.id in (select private.my_household_ids())
  order by h.label
$$;
revoke execute on function app.my_households() from public, anon;
grant execute on function app.my_households() to authenticated;

-- Reminders: one per household per period of N weeks without confirmation. The key is the moment the
-- period began, so a second run, or a second server, finds the row and mails nobody twice; rows
-- another run holds are skipped.
create table private.availability_reminders (
  household_id uuid not null references public.households (id) on delete cascade,
  due_at timestamptz not null,
  sent_at timestamptz not null default now(),
  primary key (household_id, due_at)
);
alter table private.availability_reminders enable row level security;
grant select, insert, delete on private.availability_reminders to service_role;

create function app.claim_due_availability_reminders(at_time timestamptz)
  returns table (household_id uuid, label text, email text, display_name text, confirmed_at timestamptz, weeks integer)
  language sql set search_path = ''
as $$
  with due as (
    select h.id, h.label, h.capacity_updated_at, c.email, c.display_name, w.weeks,
           h.capacity_updated_at + make_interval(weeks => w.weeks * floor(
             extract(epoch from at_time - h.capacity_updated_at) / (w.weeks * 604800))::integer) as due_at
    from public.households h
    join public.household_contacts c on c.household_id = h.id and c.email is not null
    cross join lateral (select private.capacity_confirm_weeks(h.organisation_id) as weeks) w
    where h.status in ('active', 'paused')
      and h.capacity_updated_at <= at_time - make_interval(weeks => w.weeks)
    for update of h skip locked
  ), claimed as (
    insert into private.availability_reminders (household_id, due_at)
    select due.id, due.due_at from due
    on conflict do nothing
    returning availability_reminders.household_id
  )
  select due.id, due.label, due.email, due.display_name, due.capacity_updated_at, due.weeks
  from due join claimed on claimed.household_id = due.id
  order by due.capacity_updated_at
$$;
revoke execute on function app.claim_due_availability_reminders(timestamptz) from public, anon, authenticated;
grant execute on function app.claim_due_availability_reminders(timestamptz) to service_role;

-- The regional overview. Placement workers see their own organisation's needs row by row; of the
-- region they get aggregates only. Each function refuses a region the caller does not work in.
create function private.require_placement_region(region uuid) returns void
  language plpgsql stable set search_path = ''
as $$
begin
  if region is null or region not in (select private.my_regions('placement_worker')) then
    raise exception 'only placement workers of this region see its figures' using errcode = '42501';
  end if;
end
$$;
revoke execute on function private.require_placement_region(uuid) from public, anon, authenticated;

-- Open needs (open, matching, proposed) per care form and postcode area of the child's home
-- (or school when the parents' area is unknown), with the children they are for.
create function app.region_open_needs(region uuid)
  returns table (care_form public.care_form, postcode4 text, open_needs integer, children integer)
  language plpgsql stable security definer set search_path = ''
as $$
begin
  perform private.require_placement_region(region);
  return query
    select n.care_form, coalesce(n.parents_postcode4, n.school_postcode4), count(*)::integer,
           sum(1 + n.sibling_count)::integer
    from public.placement_needs n
    where n.region_id = region and n.status in ('open', 'matching', 'proposed')
    group by 1, 2 order by 1, 2;
end
$$;
revoke execute on function app.region_open_needs(uuid) from public, anon;
grant execute on function app.region_open_needs(uuid) to authenticated;

-- How long open needs have waited so far, per care form and (care_form null) in all.
create function app.region_need_waiting(region uuid, at_time timestamptz)
  returns table (care_form public.care_form, open_needs integer, median_days numeric, longest_days integer)
  language plpgsql stable security definer set search_path = ''
as $$
begin
  perform private.require_placement_region(region);
  return query
    select n.care_form, count(*)::integer,
           round((percentile_cont(0.5) within group (
             order by extract(epoch from at_time - n.created_at) / 86400))::numeric, 1),
           max(floor(extract(epoch from at_time - n.created_at) / 86400))::integer
    from public.placement_needs n
    where n.region_id = region and n.status in ('open', 'matching', 'proposed')
    group by grouping sets ((n.care_form), ())
    order by n.care_form nulls last;
end
$$;
revoke execute on function app.region_need_waiting(uuid, timestamptz) from public, anon;
grant execute on function app.region_need_waiting(uuid, timestamptz) to authenticated;

-- Placements made since a date (public.placements, ended ones included), per care form and in all:
-- how many went to a household outside the need's region, how many further from the child's home (or
-- school) than the need's maximum distance, and for how many the distance is unknown (no location
-- recorded). The distance is the straight line between the child's area and the household's
-- approximate point, as matching measures it (private.distance_km).
create function app.region_placements_close_to_home(region uuid, since timestamptz)
  returns table (
    care_form public.care_form,
    placed integer,
    outside_region integer,
    beyond_max_distance integer,
    distance_unknown integer,
    median_days_to_placement numeric
  )
  language plpgsql stable security definer set search_path = ''
as $$
begin
  perform private.require_placement_region(region);
  return query
    with made as (
      select n.care_form, n.max_distance_km, n.created_at, pl.placed_at, h.region_id as household_region,
             private.distance_km(coalesce(n.parents_lat, n.school_lat), coalesce(n.parents_lng, n.school_lng),
                                 h.approx_lat, h.approx_lng) as distance_km
      from public.placements pl
      join public.placement_needs n on n.id = pl.need_id
      join public.households h on h.id = pl.household_id
      where n.region_id = region and pl.placed_at >= since
    )
    select m.care_form, count(*)::integer,
           count(*) filter (where m.household_region <> region)::integer,
           count(*) filter (where m.distance_km > m.max_distance_km)::integer,
           count(*) filter (where m.distance_km is null)::integer,
           round((percentile_cont(0.5) within group (
             order by extract(epoch from m.placed_at - m.created_at) / 86400))::numeric, 1)
    from made m
    group by grouping sets ((m.care_form), ())
    order by m.care_form nulls last;
end
$$;
revoke execute on function app.region_placements_close_to_home(uuid, timestamptz) from public, anon;
grant execute on function app.region_placements_close_to_home(uuid, timestamptz) to authenticated;

-- A download of a report is recorded like a read: who, which organisation, which report, how many
-- rows; never the figures themselves.
create function app.log_report_export(organisation uuid, report text, row_count integer) returns void
  language plpgsql security definer set search_path = ''
as $$
begin
  if not (private.has_role(organisation, 'placement_worker') or private.has_role(organisation, 'admin')) then
    raise exception 'only placement workers and admins of this organisation export its reports' using errcode = '42501';
  end if;
  if report !~ '^[a-z_.]{1,60}$' or row_count < 0 then
    raise exception 'report is an identifier, row_count a count' using errcode = '22023';
  end if;
  insert into public.audit_log (actor_id, organisation_id, action, subject_type, subject_id, details)
    values ((select auth.uid()), organisation, 'report.exported', 'report', report,
            jsonb_build_object('rows', row_count));
end
$$;
revoke execute on function app.log_report_export(uuid, text, integer) from public, anon;
grant execute on function app.log_report_export(uuid, text, integer) to authenticated;
