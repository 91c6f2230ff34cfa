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
