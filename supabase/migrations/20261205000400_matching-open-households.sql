-- Matching reads only households that can take a child (issue 9, item 4: 25 ms at 100k households).
-- A need's box holds every household of a busy area (up to 58k of 100k in the bench), but only the
-- active ones with a free place can ever pass the hard filters. A partial index on exactly those
-- lets matching skip the rest before any distance is computed; the "nothing fits" counts still read
-- every household, since 'status' and 'places' are filters they report.
create index households_open_location_idx on public.households
  using gist (private.earth_point(approx_lat, approx_lng))
  where status = 'active' and places_free >= 1;

-- The one place the hard filters are written down (as in 20261204190000), now with `open_only`.
-- The query is run with EXECUTE so it is planned per call with the predicate written out: a
-- prepared plan with `not $3 or (...)` could never prove the partial index applies.
create function private.placement_candidates(need public.placement_needs, within extensions.cube, open_only boolean)
  returns table (household_id uuid, failures text[], school_km double precision, parents_km double precision)
  language plpgsql stable set search_path = ''
as $$
begin
  return query execute $query$
  -- The need's fields once: read from the composite per household, they cost more than the filters.
  with wanted as materialized (
    select ($1).*, case when ($1).siblings_together then 1 + ($1).sibling_count else 1 end as children
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
    and $2 operator(extensions.@>) private.earth_point(h.approx_lat, h.approx_lng)
  $query$ || case when open_only then ' and h.status = ''active'' and h.places_free >= 1' else '' end
  using need, within;
end
$$;
revoke execute on function private.placement_candidates(public.placement_needs, extensions.cube, boolean)
  from public, anon, authenticated;

create or replace function app.placement_need_filter_counts(need uuid)
  returns table (filter text, households integer)
  language plpgsql stable security definer set search_path = ''
as $$
declare
  n public.placement_needs := private.need_for_matching(need);
begin
  return query
  select failure.name, count(*)::integer
  from private.placement_candidates(n, private.earth_box_around(52.1, 5.1, 2e7), false) pc
  cross join unnest(pc.failures) as failure(name)
  group by failure.name
  order by 2 desc, failure.name;
end
$$;

-- The two-argument form is what app.match_placement_need calls (20261205000000): it now reads the
-- open households only, which are the only ones matching can keep.
create or replace function private.placement_candidates(need public.placement_needs, within extensions.cube)
  returns table (household_id uuid, failures text[], school_km double precision, parents_km double precision)
  language sql stable set search_path = ''
as $$
  select * from private.placement_candidates(need, within, true)
$$;
