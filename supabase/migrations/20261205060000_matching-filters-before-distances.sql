-- Matching at 100k households missed its 25 ms by a little (26.5 ms p50 on PostgreSQL, issue 9, item 4).
-- Of the ~8,000 open households in a busy need's box, most fail a cheap filter (care form, age,
-- places, availability, exclusions), yet each still had both distances computed before the caller
-- dropped it. For matching (`open_only`), those filters now also sit in the WHERE clause, so the
-- distances are computed only for households that can still fit. The filter counts (`open_only`
-- false) keep reading every household with every failure, as before.
--
-- Each filter is written once, as the condition under which it fails; the failures array and the
-- WHERE clause are built from the same list. `(condition) is not true` keeps a household whose
-- condition is null, exactly as the failures array does.
create or replace function private.placement_candidates(need public.placement_needs, within extensions.cube, open_only boolean)
  returns table (household_id uuid, failures text[], school_km double precision, parents_km double precision)
  language plpgsql stable set search_path = ''
as $$
declare
  cheap_filters constant text[][] := array[
    ['care_form', 'not (w.care_form = any (h.care_forms))'],
    ['status', 'h.status <> ''active'''],
    ['places', 'h.places_free < w.children or h.max_sibling_group < w.children'],
    ['age', 'w.child_age not between h.age_min and h.age_max'],
    ['availability', 'h.available_from > w.start_date or h.available_until < w.start_date'],
    ['exclusions', '(''geen_huisdieren'' = any (w.exclusions) and h.has_pets)
       or (''niet_roken'' = any (w.exclusions) and h.smoking)
       or (''geen_jonge_kinderen'' = any (w.exclusions)
           and exists (select 1 from unnest(h.household_children_ages) age where age < 6))
       or (''geen_andere_kinderen'' = any (w.exclusions) and cardinality(h.household_children_ages) > 0)']
  ];
  distance_filter constant text :=
    'coalesce(d.school_km, d.parents_km) > w.max_distance_km or coalesce(d.school_km, d.parents_km) > h.max_travel_km';
  failure_cases text := '';
  filters_first text := '';
begin
  for i in 1 .. array_length(cheap_filters, 1) loop
    failure_cases := failure_cases || format('case when %s then %L end, ', cheap_filters[i][2], cheap_filters[i][1]);
    filters_first := filters_first || format(' and (%s) is not true', cheap_filters[i][2]);
  end loop;
  return query execute format($query$
  -- The need's fields once: read from the composite per household, they cost more than the filters.
  with wanted as materialized (
    select ($1).*, case when ($1).siblings_together then 1 + ($1).sibling_count else 1 end as children
  )
  select h.id,
    array_remove(array[%s case when %s then 'distance' end], null),
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
  $query$, failure_cases, distance_filter)
  || case when open_only then ' and h.status = ''active'' and h.places_free >= 1' || filters_first else '' end
  using need, within;
end
$$;
