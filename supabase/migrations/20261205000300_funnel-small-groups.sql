-- Small groups in the funnel (privacy): a region admin reads the numbers of organisations they do
-- not work for. A group (a month, a source, a parent type, or all) holding one to four of another
-- organisation's applicants would show the course of those few people, exit reason included, so it
-- is withheld as a whole: the funnel and exit functions leave its rows out, and
-- app.recruitment_withheld_groups says how many groups were left out. A group is withheld when it holds 1-4
-- applicants of other organisations, whatever it holds of the caller's own, so subtracting the
-- caller's own numbers cannot reveal them either. The caller's own organisations (recruiter or
-- admin) are never withheld: they see those people anyway.

alter function app.recruitment_funnel(uuid, date, date, public.parent_type, text) rename to recruitment_funnel_counts;
alter function app.recruitment_funnel_counts(uuid, date, date, public.parent_type, text) set schema private;
revoke execute on function private.recruitment_funnel_counts(uuid, date, date, public.parent_type, text)
  from public, anon, authenticated;
alter function app.recruitment_exits(uuid, date, date, public.parent_type, text) rename to recruitment_exit_counts;
alter function app.recruitment_exit_counts(uuid, date, date, public.parent_type, text) set schema private;
revoke execute on function private.recruitment_exit_counts(uuid, date, date, public.parent_type, text)
  from public, anon, authenticated;

create function private.funnel_withheld_groups(
  organisation uuid, period_start date, period_end date, parent public.parent_type, source_contains text
) returns table (breakdown text, bucket text)
  language sql stable set search_path = ''
as $$
  select c.breakdown, c.bucket
  from private.funnel_cohort(organisation, period_start, period_end, parent, source_contains) c
  join public.applications a on a.id = c.application_id
  where a.organisation_id not in (select private.my_organisations('recruiter')
                                  union select private.my_organisations('admin'))
  group by c.breakdown, c.bucket
  having count(*) < 5
$$;
revoke execute on function private.funnel_withheld_groups(uuid, date, date, public.parent_type, text)
  from public, anon, authenticated;

create function app.recruitment_funnel(
  organisation uuid, period_start date, period_end date, parent public.parent_type, source_contains text
) returns table (
  breakdown text, bucket text, stage public.applicant_stage, reached integer, moved_on integer, median_days numeric
)
  language sql stable security definer set search_path = ''
as $$
  select f.*
  from private.recruitment_funnel_counts(organisation, period_start, period_end, parent, source_contains) f
  where not exists (
    select 1 from private.funnel_withheld_groups(organisation, period_start, period_end, parent, source_contains) w
    where w.breakdown = f.breakdown and w.bucket is not distinct from f.bucket)
  order by f.breakdown, f.bucket, f.stage
$$;
revoke execute on function app.recruitment_funnel(uuid, date, date, public.parent_type, text) from public, anon;
grant execute on function app.recruitment_funnel(uuid, date, date, public.parent_type, text) to authenticated;

create function app.recruitment_exits(
  organisation uuid, period_start date, period_end date, parent public.parent_type, source_contains text
) returns table (
  breakdown text, bucket text, exit public.application_exit, reason_code text, reason text,
  stage public.applicant_stage, applications integer
)
  language sql stable security definer set search_path = ''
as $$
  select e.*
  from private.recruitment_exit_counts(organisation, period_start, period_end, parent, source_contains) e
  where not exists (
    select 1 from private.funnel_withheld_groups(organisation, period_start, period_end, parent, source_contains) w
    where w.breakdown = e.breakdown and w.bucket is not distinct from e.bucket)
  order by e.breakdown, e.bucket, e.applications desc, e.reason_code, e.stage
$$;
revoke execute on function app.recruitment_exits(uuid, date, date, public.parent_type, text) from public, anon;
grant execute on function app.recruitment_exits(uuid, date, date, public.parent_type, text) to authenticated;

create function app.recruitment_withheld_groups(
  organisation uuid, period_start date, period_end date, parent public.parent_type, source_contains text
) returns integer
  language sql stable security definer set search_path = ''
as $$
  select count(*)::integer
  from private.funnel_withheld_groups(organisation, period_start, period_end, parent, source_contains)
$$;
revoke execute on function app.recruitment_withheld_groups(uuid, date, date, public.parent_type, text) from public, anon;
grant execute on function app.recruitment_withheld_groups(uuid, date, date, public.parent_type, text) to authenticated;
