-- Applying again after withdrawing (issue 10, item 6). The address is the application's key
-- (applications.email is unique), so someone who withdrew picks up their own application again
-- instead of starting a second one: it becomes a draft at 'interest' with the answers they gave, and
-- they check and send it as before (app.submit_application moves it to 'application'). What the
-- organisation recorded about the earlier attempt (history, checks) stays with it.
--
-- Not for a rejection (the organisation decided), nor after a deletion request (the data is about to
-- go; the address is free once it has), nor after an approval (their household record exists: the
-- organisation takes them back). Errors: OH422 with detail not_withdrawn, deletion_requested or
-- approved_before.
create function app.reopen_my_application() returns uuid
  language plpgsql security definer set search_path = ''
as $$
declare
  held public.applications;
  caller uuid := (select auth.uid());
begin
  select * into held from public.applications a where a.user_id = caller for update;
  if held.id is null or held.status <> 'withdrawn' then
    raise exception 'only a withdrawn application is opened again' using errcode = 'OH422', detail = 'not_withdrawn';
  end if;
  if held.deletion_requested_at is not null then
    raise exception 'the data of this application is being deleted' using errcode = 'OH422',
      detail = 'deletion_requested';
  end if;
  if exists (select 1 from public.household_contacts c where c.application_id = held.id) then
    raise exception 'an approved applicant returns through their organisation' using errcode = 'OH422',
      detail = 'approved_before';
  end if;
  update public.applications a
    set status = 'draft', stage = 'interest', withdrawn_at = null, exited_at = null, exit_reason_code = null,
        withdrawal_reason = null, keep_data_consented_at = null, submitted_at = null,
        privacy_version = null, privacy_consented_at = null, version = a.version + 1, updated_at = now()
    where a.id = held.id;
  insert into public.application_stage_history (application_id, from_stage, to_stage, to_status, actor_id)
    values (held.id, held.stage, 'interest', 'draft', caller);
  return held.id;
end
$$;
revoke execute on function app.reopen_my_application() from public, anon;
grant execute on function app.reopen_my_application() to authenticated;

-- An admin reaches the regional placement overview of their organisation's region (issue 10, item 6):
-- how long children wait and how close to home they are placed is what an admin reports on. The
-- figures are counts, the same for every organisation in the region; needs, proposals and households
-- row by row stay with placement workers (and the owning organisation's staff).
create or replace function private.require_placement_region(region uuid) returns void
  language plpgsql stable set search_path = ''
as $$
begin
  if region is null
     or region not in (select private.my_regions('placement_worker') union select private.my_regions('admin')) then
    raise exception 'only placement workers and admins of this region see its figures' using errcode = '42501';
  end if;
end
$$;

-- Free places of the region's active, available households per municipality and care form (a household
-- offering several care forms counts in each), and how many of those places are unconfirmed. As
-- definer, so an admin, who reads only their own organisation's households, gets the region's counts.
create function app.region_free_places(region uuid)
  returns table (
    municipality text, care_form public.care_form, households integer, free_places integer,
    unconfirmed_free_places integer
  )
  language plpgsql stable security definer set search_path = ''
as $$
begin
  perform private.require_placement_region(region);
  return query
    select h.municipality, f.care_form, count(*)::integer, sum(h.places_free)::integer,
           coalesce(sum(h.places_free) filter (
             where private.capacity_is_stale(h.organisation_id, h.capacity_updated_at)), 0)::integer
    from public.households h cross join lateral unnest(h.care_forms) as f (care_form)
    where h.region_id = region and h.status = 'active' and h.places_free > 0
      and (h.available_from is null or h.available_from <= current_date)
      and (h.available_until is null or h.available_until >= current_date)
    group by h.municipality, f.care_form;
end
$$;
revoke execute on function app.region_free_places(uuid) from public, anon;
grant execute on function app.region_free_places(uuid) to authenticated;
