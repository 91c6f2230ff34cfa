-- The recruitment funnel (issue 7, item 7): how many applicants reach each stage and move on to the
-- next, how long they stay in a stage, and why they leave, per campaign or source, parent type and
-- month of application. Only counts leave these functions, never a row about a person.
--
-- Security definer with an explicit scope check rather than invoker with RLS: an admin sees the
-- numbers of every organisation in their region, while the applications policy shows them only
-- their own organisation's people. The scope is private.funnel_organisations(); every function below
-- starts from private.funnel_cohort, which refuses an organisation outside it.

-- The organisations whose numbers the caller may see: those they recruit for and, as an admin,
-- every organisation in their region.
create function private.funnel_organisations() returns setof uuid
  language sql stable security definer set search_path = ''
as $$
  select m.organisation_id from public.memberships m
  where m.user_id = (select auth.uid()) and m.role = 'recruiter'
  union
  select o.id from public.organisations o
  where o.region_id in (select private.my_regions('admin'))
$$;
-- Granted like private.my_organisations (it answers only about the caller): the page lists the
-- organisations to choose between with it.
revoke execute on function private.funnel_organisations() from public, anon;
grant execute on function private.funnel_organisations() to authenticated;

-- The sent applications of the period (by the day they were sent, Amsterdam time; period_end is
-- exclusive), each once per bucket it counts in: 'all', its campaign or source ('source', null when
-- unknown), each of its parent types ('parent_type') and its month ('month', YYYY-MM).
-- organisation null means every organisation in the caller's scope.
create function private.funnel_cohort(
  organisation uuid, period_start date, period_end date, parent public.parent_type, source_contains text
) returns table (application_id uuid, breakdown text, bucket text)
  language plpgsql stable set search_path = ''
as $$
begin
  if (select auth.uid()) is null
     or (organisation is not null and organisation not in (select private.funnel_organisations())) then
    raise exception 'only its recruiters, or an admin in its region, read an organisation''s funnel'
      using errcode = '42501';
  end if;
  if period_start is null or period_end is null or period_end <= period_start
     or period_end - period_start > 3700 or length(source_contains) > 200 then
    raise exception 'the period runs forward and spans at most ten years' using errcode = '22023';
  end if;
  return query
    with cohort as (
      select a.id, a.parent_types,
             coalesce(nullif(a.utm ->> 'campaign', ''), a.source) as channel,
             to_char(a.submitted_at at time zone 'Europe/Amsterdam', 'YYYY-MM') as month
      from public.applications a
      where a.organisation_id in (select private.funnel_organisations())
        and (organisation is null or a.organisation_id = organisation)
        and a.status <> 'draft'
        and a.submitted_at >= period_start::timestamp at time zone 'Europe/Amsterdam'
        and a.submitted_at < period_end::timestamp at time zone 'Europe/Amsterdam'
        and (parent is null or parent = any (a.parent_types))
        and (source_contains is null
             or coalesce(nullif(a.utm ->> 'campaign', ''), a.source)
                ilike '%' || replace(replace(replace(source_contains, '\', '\\'), '%', '\%'), '_', '\_') || '%')
    )
    select c.id, 'all', null::text from cohort c
    union all select c.id, 'source', c.channel from cohort c
    union all select c.id, 'parent_type', p.type::text from cohort c cross join unnest(c.parent_types) as p (type)
    union all select c.id, 'month', c.month from cohort c;
end
$$;
revoke execute on function private.funnel_cohort(uuid, date, date, public.parent_type, text)
  from public, anon, authenticated;

-- Per bucket and stage of the applicants' routes from 'application' on (every sent application has
-- passed the stages before it): how many reached the stage (their furthest stage
-- so far is this one or later), how many of those reached the next stage of their route, and the
-- median number of days a stay in the stage lasted (stays that ended with a move; a stay that ends
-- with an exit or is still going does not count).
create function app.recruitment_funnel(
  organisation uuid, period_start date, period_end date, parent public.parent_type, source_contains text
) returns table (
  breakdown text, bucket text, stage public.applicant_stage, reached integer, moved_on integer, median_days numeric
)
  language sql stable security definer set search_path = ''
as $$
  with cohort as (
    select * from private.funnel_cohort(organisation, period_start, period_end, parent, source_contains)
  ), applicants as (
    select a.id, a.parent_types,
           greatest(a.stage, (select max(h.to_stage) from public.application_stage_history h
                              where h.application_id = a.id)) as furthest
    from public.applications a
    where a.id in (select c.application_id from cohort c)
  ), route_stages as (
    select a.id, r.from_stage as stage, min(r.to_stage) filter (where r.to_stage > r.from_stage) as next_stage,
           a.furthest
    from applicants a
    join public.stage_routes r on r.parent_type = any (a.parent_types) and r.from_stage >= 'application'
    group by a.id, r.from_stage, a.furthest
  ), counts as (
    select c.breakdown, c.bucket, s.stage,
           count(*) filter (where s.furthest >= s.stage)::integer as reached,
           count(*) filter (where s.furthest >= s.next_stage)::integer as moved_on
    from cohort c join route_stages s on s.id = c.application_id
    group by c.breakdown, c.bucket, s.stage
  ), moves as (
    select h.application_id, h.to_stage, h.at,
           lead(h.at) over (partition by h.application_id order by h.at, h.id) as left_at
    from public.application_stage_history h
    where h.application_id in (select a.id from applicants a) and h.from_stage is distinct from h.to_stage
  ), medians as (
    select c.breakdown, c.bucket, m.to_stage as stage,
           percentile_cont(0.5) within group (order by extract(epoch from m.left_at - m.at) / 86400) as days
    from cohort c join moves m on m.application_id = c.application_id
    where m.left_at is not null
    group by c.breakdown, c.bucket, m.to_stage
  )
  select n.breakdown, n.bucket, n.stage, n.reached, n.moved_on, round(m.days::numeric, 1)
  from counts n
  left join medians m on m.breakdown = n.breakdown and m.bucket is not distinct from n.bucket and m.stage = n.stage
  order by n.breakdown, n.bucket, n.stage
$$;
revoke execute on function app.recruitment_funnel(uuid, date, date, public.parent_type, text) from public, anon;
grant execute on function app.recruitment_funnel(uuid, date, date, public.parent_type, text) to authenticated;

-- Per bucket: the applications of the period that ended or are on hold, by reason and by the stage
-- they were in.
create function app.recruitment_exits(
  organisation uuid, period_start date, period_end date, parent public.parent_type, source_contains text
) returns table (
  breakdown text, bucket text, exit public.application_exit, reason_code text, reason text,
  stage public.applicant_stage, applications integer
)
  language sql stable security definer set search_path = ''
as $$
  select c.breakdown, c.bucket, r.exit, r.code, r.label, a.stage, count(*)::integer
  from private.funnel_cohort(organisation, period_start, period_end, parent, source_contains) c
  join public.applications a on a.id = c.application_id
  join public.exit_reasons r on r.code = a.exit_reason_code
  where a.status::text in ('withdrawn', 'rejected', 'parked')
  group by c.breakdown, c.bucket, r.exit, r.code, r.label, a.stage
  order by c.breakdown, c.bucket, count(*) desc, r.code, a.stage
$$;
revoke execute on function app.recruitment_exits(uuid, date, date, public.parent_type, text) from public, anon;
grant execute on function app.recruitment_exits(uuid, date, date, public.parent_type, text) to authenticated;
