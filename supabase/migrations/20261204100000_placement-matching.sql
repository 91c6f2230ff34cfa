-- Placement needs as placement workers record them, and matching a need against the region's capacity
-- (issue 8, items 1 and 2). Matching runs as definer so it can read what a placement worker of another
-- organisation may not (a household's religion or culture), and returns only the pseudonymous
-- details "1 toegang" allows: never a contact, never an address.

-- What the placement worker typed for school and parents (a postcode-4 area or a place name), and
-- whether the geocoder placed it. `failed` (geocoder down) is retried by the background job.
alter table public.placement_needs
  add column school_location text check (length(school_location) between 2 and 80),
  add column parents_location text check (length(parents_location) between 2 and 80),
  add column location_status text not null default 'found'
    check (location_status in ('found', 'not_found', 'failed')),
  add column location_attempts integer not null default 0,
  -- Languages the child speaks besides Dutch (ISO 639 codes), and a wish on religion or culture
  -- (special-category data: soft in matching, never a filter, never shown to other organisations).
  add column languages text[] not null default '{}',
  add column culture_wish text check (length(culture_wish) between 1 and 60),
  add column needs_accessible_home boolean not null default false;

create index placement_needs_location_retry_idx on public.placement_needs (updated_at)
  where location_status = 'failed';

grant insert (
  school_location, parents_location, location_status, languages, culture_wish, needs_accessible_home
) on public.placement_needs to authenticated;
grant update (
  school_location, parents_location, location_status, languages, culture_wish, needs_accessible_home
) on public.placement_needs to authenticated;

-- A household's religion or culture: optional, special category, read only by the matching function.
create table private.household_culture (
  household_id uuid primary key references public.households (id) on delete cascade,
  religion_culture text not null check (length(religion_culture) between 1 and 60)
);
alter table private.household_culture enable row level security;
grant select, insert, update, delete on private.household_culture to service_role;

-- Every change to a need in the audit log: which fields, never their values.
create function private.audit_placement_need_change() returns trigger
  language plpgsql security definer set search_path = ''
as $$
declare
  changed text[];
begin
  -- Seeds and jobs (the geocoding retry) act for nobody; people's changes are what the log is for.
  if (select auth.uid()) is null then
    return null;
  end if;
  if tg_op = 'INSERT' then
    insert into public.audit_log (actor_id, organisation_id, action, subject_type, subject_id)
      values ((select auth.uid()), new.organisation_id, 'placement_need.created', 'placement_need', new.id::text);
    return null;
  end if;
  select array_agg(n.key order by n.key) into changed
    from jsonb_each(to_jsonb(new)) n join jsonb_each(to_jsonb(old)) o using (key)
    where n.value is distinct from o.value
      and n.key not in ('updated_at', 'location_attempts');
  if changed is null then
    return null;
  end if;
  insert into public.audit_log (actor_id, organisation_id, action, subject_type, subject_id, details)
    values ((select auth.uid()), new.organisation_id,
            case when new.status = 'cancelled' and old.status <> 'cancelled' then 'placement_need.cancelled'
                 else 'placement_need.changed' end,
            'placement_need', new.id::text, jsonb_build_object('fields', changed));
  return null;
end
$$;
revoke execute on function private.audit_placement_need_change() from public, anon, authenticated;
create trigger placement_needs_audit after insert or update on public.placement_needs
  for each row execute function private.audit_placement_need_change();

-- Weights of the soft scores. The row without an organisation holds the defaults; an organisation's
-- own row replaces them for its needs.
create table public.matching_weights (
  id bigint generated always as identity primary key,
  organisation_id uuid references public.organisations (id) on delete cascade,
  distance_school numeric not null default 3 check (distance_school between 0 and 10),
  distance_parents numeric not null default 2 check (distance_parents between 0 and 10),
  expertise numeric not null default 3 check (expertise between 0 and 10),
  language numeric not null default 1 check (language between 0 and 10),
  culture numeric not null default 1 check (culture between 0 and 10),
  household_fit numeric not null default 2 check (household_fit between 0 and 10),
  continuity numeric not null default 2 check (continuity between 0 and 10),
  freshness numeric not null default 2 check (freshness between 0 and 10),
  lighter_care numeric not null default 2 check (lighter_care between 0 and 10),
  updated_at timestamptz not null default now(),
  unique nulls not distinct (organisation_id)
);
insert into public.matching_weights (organisation_id) values (null);
alter table public.matching_weights enable row level security;
grant select on public.matching_weights to authenticated;
grant select, insert, update, delete on public.matching_weights to service_role;
create policy "placement workers and admins see the default and their organisation's weights"
  on public.matching_weights for select to authenticated
  using (
    organisation_id is null
    or organisation_id in (select private.my_organisations('placement_worker'))
    or organisation_id in (select private.my_organisations('admin'))
  );

-- earthdistance names cube and earth unqualified (see private.earth_point): pinned wrappers.
create function private.earth_box_around(lat double precision, lng double precision, metres double precision)
  returns extensions.cube
  language sql immutable parallel safe set search_path = extensions
as $$ select extensions.earth_box(extensions.ll_to_earth(lat, lng), metres) $$;

create function private.distance_km(
  from_lat double precision, from_lng double precision, to_lat double precision, to_lng double precision
) returns double precision
  language sql immutable parallel safe set search_path = extensions
as $$
  select extensions.earth_distance(extensions.ll_to_earth(from_lat, from_lng), extensions.ll_to_earth(to_lat, to_lng)) / 1000
$$;

revoke execute on function private.earth_box_around(double precision, double precision, double precision) from public, anon, authenticated;
revoke execute on function private.distance_km(double precision, double precision, double precision, double precision) from public, anon, authenticated;

-- The hard filters a household fails for a need, by name. The one place they are written down:
-- matching keeps households that fail none, the "nothing fits" counts group by them.
create function private.placement_filter_failures(need public.placement_needs, household public.households)
  returns text[]
  language sql stable set search_path = ''
as $$
  with placed as (
    select case when need.siblings_together then 1 + need.sibling_count else 1 end as children,
           coalesce(need.school_lat, need.parents_lat) as anchor_lat,
           coalesce(need.school_lng, need.parents_lng) as anchor_lng
  ), distance as (
    select private.distance_km(p.anchor_lat, p.anchor_lng, household.approx_lat, household.approx_lng) as km
    from placed p
  )
  select array_remove(array[
    case when not (need.care_form = any (household.care_forms)) then 'care_form' end,
    case when household.status <> 'active' then 'status' end,
    case when household.places_free < p.children or household.max_sibling_group < p.children then 'places' end,
    case when need.child_age not between household.age_min and household.age_max then 'age' end,
    case when household.available_from > need.start_date or household.available_until < need.start_date
         then 'availability' end,
    case when ('geen_huisdieren' = any (need.exclusions) and household.has_pets)
           or ('niet_roken' = any (need.exclusions) and household.smoking)
           or ('geen_jonge_kinderen' = any (need.exclusions)
               and exists (select 1 from unnest(household.household_children_ages) age where age < 6))
           or ('geen_andere_kinderen' = any (need.exclusions) and cardinality(household.household_children_ages) > 0)
         then 'exclusions' end,
    case when d.km > need.max_distance_km or d.km > household.max_travel_km then 'distance' end
  ], null)
  from placed p, distance d
$$;
revoke execute on function private.placement_filter_failures(public.placement_needs, public.households) from public, anon, authenticated;

-- The need, when the caller is a placement worker of its organisation; else 42501.
create function private.need_for_matching(need uuid) returns public.placement_needs
  language plpgsql stable set search_path = ''
as $$
declare
  found public.placement_needs;
begin
  select * into found from public.placement_needs n where n.id = need;
  if found.id is null or not private.has_role(found.organisation_id, 'placement_worker') then
    raise exception 'only placement workers of the need''s organisation match it' using errcode = '42501';
  end if;
  return found;
end
$$;
revoke execute on function private.need_for_matching(uuid) from public, anon, authenticated;

-- Ranked candidates for a need from every organisation in its region ("1 toegang"). Each soft factor
-- is a fit between 0 and 1 times the organisation's weight; `contributions` holds per factor its
-- points, its maximum and what the fit was based on, so the page can say why.
create function app.match_placement_need(need uuid, max_candidates integer default 25)
  returns table (
    household_id uuid,
    label text,
    kind public.household_kind,
    care_forms public.care_form[],
    age_min integer,
    age_max integer,
    places_free integer,
    municipality text,
    approx_lat numeric,
    approx_lng numeric,
    expertise text[],
    capacity_updated_at timestamptz,
    distance_km numeric,
    score numeric,
    contributions jsonb
  )
  language plpgsql stable security definer set search_path = ''
as $$
declare
  n public.placement_needs := private.need_for_matching(need);
  w public.matching_weights;
  anchor_lat double precision := coalesce(n.school_lat, n.parents_lat);
  anchor_lng double precision := coalesce(n.school_lng, n.parents_lng);
  box extensions.cube;
begin
  select * into w from public.matching_weights mw
    where mw.organisation_id = n.organisation_id or mw.organisation_id is null
    order by mw.organisation_id nulls last limit 1;
  -- Without a located school or parents the box spans the earth, so one query (and plan) serves both.
  box := case when anchor_lat is null then private.earth_box_around(52.1, 5.1, 2e7)
              else private.earth_box_around(anchor_lat, anchor_lng, n.max_distance_km * 1000.0) end;

  return query
  with candidates as (
    select h.*,
           private.distance_km(anchor_lat, anchor_lng, h.approx_lat, h.approx_lng) as anchor_km,
           private.distance_km(n.school_lat, n.school_lng, h.approx_lat, h.approx_lng) as school_km,
           private.distance_km(n.parents_lat, n.parents_lng, h.approx_lat, h.approx_lng) as parents_km,
           (select hc.religion_culture from private.household_culture hc where hc.household_id = h.id) as culture,
           floor(extract(epoch from now() - h.capacity_updated_at) / 86400)::integer as days_unconfirmed
    from public.households h
    where h.region_id = n.region_id
      and box operator(extensions.@>) private.earth_point(h.approx_lat, h.approx_lng)
      and cardinality(private.placement_filter_failures(n, h)) = 0
  ), fits as (
    select c.*,
      case when c.school_km is not null
        then greatest(0, 1 - c.school_km / n.max_distance_km)::numeric end as fit_school,
      case when c.parents_km is not null
        then greatest(0, 1 - c.parents_km / n.max_distance_km)::numeric end as fit_parents,
      case when cardinality(n.needs) > 0
        then cardinality(array(select unnest(n.needs) intersect select unnest(c.expertise)))::numeric
             / cardinality(n.needs) end as fit_expertise,
      case when cardinality(n.languages) > 0
        then case when c.languages && n.languages then 1 else 0 end end as fit_language,
      case when n.culture_wish is not null
        then case when lower(c.culture) = lower(n.culture_wish) then 1 else 0 end end as fit_culture,
      array_remove(array[
        case when not c.own_bedroom then 'no_own_bedroom' end,
        case when c.smoking then 'smoking' end,
        case when exists (select 1 from unnest(c.household_children_ages) age where abs(age - n.child_age) <= 2)
             then 'peer_age_children' end,
        case when n.needs_accessible_home and not c.accessible_home then 'not_accessible' end,
        case when c.has_pets then 'pets' end
      ], null) as household_misses,
      case when n.expected_past_eighteen then case when c.open_past_eighteen then 1 else 0 end end as fit_continuity,
      greatest(0, least(1, 1 - (c.days_unconfirmed - 30) / 150.0)) as fit_freshness,
      case c.kind when 'support_family' then 1 when 'foster_family' then 0.5 else 0 end as fit_lighter_care
    from candidates c
  ), scored as (
    select f.*,
      jsonb_strip_nulls(jsonb_build_object(
        'distance_school', case when f.fit_school is not null then jsonb_build_object(
          'points', round(f.fit_school * w.distance_school, 2), 'max', w.distance_school,
          'km', round(f.school_km::numeric, 1)) end,
        'distance_parents', case when f.fit_parents is not null then jsonb_build_object(
          'points', round(f.fit_parents * w.distance_parents, 2), 'max', w.distance_parents,
          'km', round(f.parents_km::numeric, 1)) end,
        'expertise', case when f.fit_expertise is not null then jsonb_build_object(
          'points', round(f.fit_expertise * w.expertise, 2), 'max', w.expertise,
          'matched', to_jsonb(array(select unnest(n.needs) intersect select unnest(f.expertise) order by 1)),
          'missing', to_jsonb(array(select unnest(n.needs) except select unnest(f.expertise) order by 1))) end,
        'language', case when f.fit_language is not null then jsonb_build_object(
          'points', f.fit_language * w.language, 'max', w.language, 'matched', f.fit_language = 1) end,
        'culture', case when f.fit_culture is not null then jsonb_build_object(
          'points', f.fit_culture * w.culture, 'max', w.culture, 'matched', f.fit_culture = 1) end,
        -- Pets count against fit only as a note; excluding them is the need's hard filter.
        'household_fit', jsonb_build_object(
          'points', round(w.household_fit * (1 - cardinality(array_remove(f.household_misses, 'pets'))::numeric
                                             / case when n.needs_accessible_home then 4 else 3 end), 2),
          'max', w.household_fit, 'misses', to_jsonb(f.household_misses)),
        'continuity', case when f.fit_continuity is not null then jsonb_build_object(
          'points', f.fit_continuity * w.continuity, 'max', w.continuity, 'matched', f.fit_continuity = 1) end,
        'freshness', jsonb_build_object(
          'points', round(f.fit_freshness * w.freshness, 2), 'max', w.freshness, 'days', f.days_unconfirmed),
        'lighter_care', jsonb_build_object(
          'points', f.fit_lighter_care * w.lighter_care, 'max', w.lighter_care)
      )) as parts
    from fits f
  )
  select s.id, s.label, s.kind, s.care_forms, s.age_min, s.age_max, s.places_free, s.municipality,
         round(s.approx_lat::numeric, 3), round(s.approx_lng::numeric, 3), s.expertise, s.capacity_updated_at,
         round(s.anchor_km::numeric, 1),
         (select round(sum((p.value ->> 'points')::numeric), 2) from jsonb_each(s.parts) p),
         s.parts
  from scored s
  order by 14 desc, s.anchor_km nulls last, s.label
  limit greatest(1, least(max_candidates, 100));
end
$$;
revoke execute on function app.match_placement_need(uuid, integer) from public, anon;
grant execute on function app.match_placement_need(uuid, integer) to authenticated;

-- When nothing fits: per hard filter, how many of the region's households it removes (a household
-- failing two filters counts for both), largest first; filters that remove none are left out.
create function app.placement_need_filter_counts(need uuid)
  returns table (filter text, households integer)
  language plpgsql stable security definer set search_path = ''
as $$
declare
  n public.placement_needs := private.need_for_matching(need);
begin
  return query
  select failure.name, count(*)::integer
  from public.households h
  cross join unnest(private.placement_filter_failures(n, h)) as failure(name)
  where h.region_id = n.region_id
  group by failure.name
  order by 2 desc, failure.name;
end
$$;
revoke execute on function app.placement_need_filter_counts(uuid) from public, anon;
grant execute on function app.placement_need_filter_counts(uuid) to authenticated;
