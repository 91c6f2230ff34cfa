-- The region's visual guide for local teams (/voor-professionals, issue 10 item 4): which organisation
-- offers which form of care, how much of it and for which ages. Anonymous visitors read it, and
-- households are never theirs to read, so this function counts them as its owner and hands out
-- organisation-level aggregates only: per organisation, foster care per care form, support families
-- and family homes as one form each. A group of fewer than five active households keeps its number
-- and its ages to itself (a family home with one household would show that family's ages); the row
-- still says the organisation offers the form. No grouping overlaps another with a total, so no
-- withheld number can be had by subtracting shown ones.

create function app.care_offer_per_organisation()
  returns table (
    organisation_id uuid,
    kind public.household_kind,
    care_form public.care_form,
    households integer,
    age_min integer,
    age_max integer
  )
  language sql stable security definer set search_path = ''
as $$
  with offered as (
    select h.organisation_id, h.kind, h.id, h.age_min, h.age_max,
           case when h.kind = 'foster_family' then f.form end as care_form
    from public.households h
    cross join lateral unnest(h.care_forms) as f (form)
    where h.status = 'active'
  ), grouped as (
    select o.organisation_id, o.kind, o.care_form, count(distinct o.id)::integer as households,
           min(o.age_min) as age_min, max(o.age_max) as age_max
    from offered o
    group by o.organisation_id, o.kind, o.care_form
  )
  select g.organisation_id, g.kind, g.care_form,
         case when g.households >= 5 then g.households end,
         case when g.households >= 5 then g.age_min end,
         case when g.households >= 5 then g.age_max end
  from grouped g
  order by g.organisation_id, g.kind, g.care_form
$$;
revoke execute on function app.care_offer_per_organisation() from public;
grant execute on function app.care_offer_per_organisation() to anon, authenticated;
