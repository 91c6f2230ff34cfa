-- Matching at 100k households (issue 9, item 4). The first version called
-- private.placement_filter_failures and private.distance_km once per household in the box: functions
-- with a pinned search_path are never inlined, so every call set and restored the path and re-ran
-- earthdistance's SQL (0.1-0.5 ms per household; seconds for a need in a busy area). Now one query
-- per need computes the hard filters and distances for all households in the box, with plain
-- expressions. Same signatures, same results.

-- The region's households inside `within`, each with the hard filters it fails for the need (by name)
-- and its distance to the need's school and parents. The one place the hard filters are written
-- down: matching keeps households that fail none, the "nothing fits" counts group by them.
-- Distances are great circles on earthdistance's sphere (radius 6378168 m), what earth_distance gives.
create function private.placement_candidates(need public.placement_needs, within extensions.cube)
  returns table (household_id uuid, failures text[], school_km double precision, parents_km double precision)
  language sql stable set search_path = ''
as $$
  -- The need's fields once: read from the composite per household, they cost more than the filters.
  with wanted as materialized (
    select (need).*, case when need.siblings_together then 1 + need.sibling_count else 1 end as children
  )
  select h.id,
    array_remove(array[
      case when not (w.care_form = any (h.care_forms)) then 'care_form' end,
      case when h.status <> 'active' then 'status' end,
      case when h.places_free < w.children or h.max_sibling_group < w.children then 'places' end,
      case when w.child_age not between h.age_min and h.age_max then 'age' end,
      case when h.available_from > w.start_date or h.available_until < w.start_date
           then 'availability' end,
      case when ('geen_huisdieren' = any (w.exclusions) and h.has_pets)
             or ('niet_roken' = any (w.exclusions) and h.smoking)
             or ('geen_jonge_kinderen' = any (w.exclusions)
                 and exists (select 1 from unnest(h.household_children_ages) age where age < 6))
             or ('geen_andere_kinderen' = any (w.exclusions) and cardinality(h.household_children_ages) > 0)
           then 'exclusions' end,
      case when coalesce(d.school_km, d.parents_km) > w.max_distance_km or coalesce(d.school_km, d.parents_km) > h.max_travel_km
           then 'distance' end
    ], null),
    d.school_km, d.parents_km
  from public.households h
  cross join wanted w
  cross join lateral (
    select 2 * 6378.168 * asin(sqrt(power(sin(radians(w.school_lat - h.approx_lat) / 2), 2)
             + cos(radians(h.approx_lat)) * cos(radians(w.school_lat))
               * power(sin(radians(w.school_lng - h.approx_lng) / 2), 2))) as school_km,
           2 * 6378.168 * asin(sqrt(power(sin(radians(w.parents_lat - h.approx_lat) / 2), 2)
             + cos(radians(h.approx_lat)) * cos(radians(w.parents_lat))
               * power(sin(radians(w.parents_lng - h.approx_lng) / 2), 2))) as parents_km
  ) d
  where h.region_id = w.region_id
    and within operator(extensions.@>) private.earth_point(h.approx_lat, h.approx_lng)
$$;
revoke execute on function private.placement_candidates(public.placement_needs, extensions.cube) from public, anon, authenticated;

create or replace function app.match_placement_need(need uuid, max_candidates integer default 25)
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
           coalesce(pc.school_km, pc.parents_km) as anchor_km,
           pc.school_km,
           pc.parents_km,
           (select hc.religion_culture from private.household_culture hc where hc.household_id = h.id) as culture,
           floor(extract(epoch from now() - h.capacity_updated_at) / 86400)::integer as days_unconfirmed
    from private.placement_candidates(n, box) pc
    join public.households h on h.id = pc.household_id
    where cardinality(pc.failures) = 0
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

create or replace function app.placement_need_filter_counts(need uuid)
  returns table (filter text, households integer)
  language plpgsql stable security definer set search_path = ''
as $$
declare
  n public.placement_needs := private.need_for_matching(need);
begin
  return query
  select failure.name, count(*)::integer
  from private.placement_candidates(n, private.earth_box_around(52.1, 5.1, 2e7)) pc
  cross join unnest(pc.failures) as failure(name)
  group by failure.name
  order by 2 desc, failure.name;
end
$$;

drop function private.placement_filter_failures(public.placement_needs, public.households);
