-- PDOK answers kept for a while, so the same postcode or place is asked once (issue 8, item 1).
-- `query_key` is the normalised question ("adres:3512JC:12", "postcode4:3512", "place:utrecht");
-- `result` is PDOK's answer in the geocoding port's shape, or null when PDOK knew no such address or
-- area. How long an entry counts is the adapter's (30 days found, 1 day not found); the geocoding job
-- deletes older ones. The key is an address but names no one, and only the server reads the table.
create table private.geocode_cache (
  query_key text primary key check (length(query_key) between 1 and 200),
  result jsonb check (result is null or jsonb_typeof(result) = 'object'),
  fetched_at timestamptz not null default now()
);
alter table private.geocode_cache enable row level security;
grant select, insert, update, delete on private.geocode_cache to service_role;

-- Approval is the only way into 'available' (issue 7, item 6): app.approve_applicant creates the
-- household and its contact before it moves the applicant, so an application may enter 'available'
-- only when a household contact points at it. This holds for app.move_applicant (which checks the
-- route and the decision first) and for any other writer. Moving back and forward again after an
-- approval stays possible. Error: OH422 with detail approval_required.
create function private.require_approval_for_available() returns trigger
  language plpgsql security definer set search_path = ''
as $$
begin
  if not exists (select 1 from public.household_contacts c where c.application_id = new.id) then
    raise exception 'an applicant becomes available only through approval' using errcode = 'OH422',
      detail = 'approval_required';
  end if;
  return new;
end
$$;
revoke execute on function private.require_approval_for_available() from public, anon, authenticated;
create trigger applications_available_only_through_approval
  before update of stage on public.applications
  for each row when (new.stage = 'available' and old.stage is distinct from new.stage)
  execute function private.require_approval_for_available();

-- A household's religion or culture (special category): only the owning organisation's recruiters
-- read or write it, here; matching reads it as definer and never shows it. A read is logged
-- (staff.read, purpose household_culture), a change audited by its kind, never its value.
create function app.household_culture(household uuid) returns text
  language plpgsql security definer set search_path = ''
as $$
declare
  owning uuid;
begin
  select h.organisation_id into owning from public.households h where h.id = household;
  if owning is null or not private.has_role(owning, 'recruiter') then
    raise exception 'only a recruiter of its organisation reads a household''s culture' using errcode = '42501';
  end if;
  insert into public.audit_log (actor_id, organisation_id, action, subject_type, subject_id, details)
    values ((select auth.uid()), owning, 'staff.read', 'household', household::text,
            jsonb_build_object('purpose', 'household_culture'));
  return (select c.religion_culture from private.household_culture c where c.household_id = household);
end
$$;
revoke execute on function app.household_culture(uuid) from public, anon;
grant execute on function app.household_culture(uuid) to authenticated;

-- Sets or (with null or blank) clears it. Errors: 42501 not a recruiter of its organisation; 22023 too long.
create function app.set_household_culture(household uuid, religion_culture text) returns void
  language plpgsql security definer set search_path = ''
as $$
declare
  owning uuid;
  culture text := nullif(trim(religion_culture), '');
  previous text;
begin
  select h.organisation_id into owning from public.households h where h.id = household;
  if owning is null or not private.has_role(owning, 'recruiter') then
    raise exception 'only a recruiter of its organisation records a household''s culture' using errcode = '42501';
  end if;
  if length(culture) > 60 then
    raise exception 'religion or culture is too long' using errcode = '22023';
  end if;
  select c.religion_culture into previous from private.household_culture c where c.household_id = household;
  if previous is not distinct from culture then
    return;
  end if;
  if culture is null then
    delete from private.household_culture c where c.household_id = household;
  else
    insert into private.household_culture as c (household_id, religion_culture) values (household, culture)
      on conflict (household_id) do update set religion_culture = excluded.religion_culture;
  end if;
  insert into public.audit_log (actor_id, organisation_id, action, subject_type, subject_id, details)
    values ((select auth.uid()), owning,
            case when culture is null then 'household.culture_cleared' else 'household.culture_set' end,
            'household', household::text, '{}'::jsonb);
end
$$;
revoke execute on function app.set_household_culture(uuid, text) from public, anon;
grant execute on function app.set_household_culture(uuid, text) to authenticated;
