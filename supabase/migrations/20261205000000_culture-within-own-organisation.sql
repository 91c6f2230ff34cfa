-- Religion or culture stays inside the household's own organisation (issue 8, privacy review).
-- Until now matching scored the culture wish against every household of the region and returned
-- "matched" and the points to the need's organisation: by typing wishes, a placement worker of
-- another organisation could learn a household's religion (special-category data, AVG art. 9).
-- Now only households of the need's own organisation (the organisation that recorded the value and
-- may process it) get a culture factor; for every other household the factor is absent, so neither
-- the contributions, nor the score, nor the order can depend on it. Same signature as before.
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
           (select hc.religion_culture from private.household_culture hc
             where hc.household_id = h.id and h.organisation_id = n.organisation_id) as culture,
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
      case when n.culture_wish is not null and c.organisation_id = n.organisation_id
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
