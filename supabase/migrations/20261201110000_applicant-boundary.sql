-- The boundary around applicants (issue 6):
-- * a draft token opens only an unclaimed draft, and claiming or submitting ends it;
-- * registering for an evening never touches an application: a registration keeps its own details
--   and is linked to an application only once the owner proved the address by signing in;
-- * staff see an application once it is sent;
-- * the per-visitor rate limits of the two public entry points are counted where they write;
-- * starting twice with one address at once is an answer, not an error;
-- * after submission applicants change only their contact details, through a function that logs it;
--   who made a row and when is filled in by triggers, not by whoever writes it.

-- Rate limits -----------------------------------------------------------------------------------

-- Counts one hit for the visitor (a hash the server made of their network address) under `purpose`
-- in this hour. Called by the functions that write, in their transaction, so it holds on every path.
create function private.within_rate_limit(purpose text, visitor_key text, per_hour integer) returns boolean
  language plpgsql set search_path = ''
as $$
declare
  counted integer;
begin
  if visitor_key is null or length(visitor_key) < 16 then
    raise exception 'a visitor key is required' using errcode = '22023';
  end if;
  insert into private.rate_limits as limits (key, window_start, hits)
    values (encode(sha256(convert_to(purpose || ':' || visitor_key, 'UTF8')), 'hex'), date_trunc('hour', now()), 1)
    on conflict (key, window_start) do update set hits = limits.hits + 1
    returning limits.hits into counted;
  return counted <= per_hour;
end
$$;

-- Evening registrations stand on their own ------------------------------------------------------

alter table public.evening_registrations
  alter column application_id drop not null,
  add column phone text check (length(phone) <= 30),
  add column interested_in public.parent_type[] not null default '{}',
  add constraint evening_registrations_evening_email_key unique (evening_id, email);
-- Registrations so far were made with the application's address; their phone number lived there.
update public.evening_registrations r set phone = a.phone
  from public.applications a where a.id = r.application_id and r.phone is null;

-- Links the registrations made with an application's address to it, once its owner signed in with
-- that address; the application then moves on to 'information_evening'.
create function private.link_evening_registrations(application uuid) returns void
  language plpgsql set search_path = ''
as $$
declare
  own public.applications;
begin
  select * into own from public.applications a where a.id = application and a.user_id is not null;
  if own.id is null then
    return;
  end if;
  update public.evening_registrations r set application_id = own.id, updated_at = now()
    where r.email = own.email and r.application_id is null;
  if own.stage = 'interest' and exists (
    select 1 from public.evening_registrations r where r.application_id = own.id and r.status <> 'cancelled'
  ) then
    update public.applications a set stage = 'information_evening', updated_at = now() where a.id = own.id;
    insert into public.application_stage_history (application_id, from_stage, to_stage, actor_id)
      values (own.id, 'interest', 'information_evening', (select auth.uid()));
  end if;
end
$$;

drop function app.register_for_evening(uuid, text, text, text, public.parent_type[], text);

-- Registers a visitor (or signed-in person) for an evening, or puts them on the waiting list when it
-- is full. The evening's row lock serialises bookings, so its last place is booked once. Nothing of
-- any application is read or written. The answer is the same whether or not the address was already
-- registered ('registered' or 'waitlisted', as a new registration would get now); an address already
-- on the list gets a new cancel link for its own registration, which the server mails to that address
-- only. 'too_many' when this visitor registered too often this hour.
create function app.register_for_evening(
  evening uuid,
  email text,
  first_name text,
  phone text,
  interested_in public.parent_type[],
  cancel_token text,
  visitor_key text
) returns text
  language plpgsql security definer set search_path = ''
as $$
declare
  normalized text := lower(trim(email));
  given_name text := trim(first_name);
  given_phone text := nullif(trim(phone), '');
  held public.information_evenings;
  existing public.evening_registrations;
  registration uuid;
  taken integer;
  outcome public.evening_registration_status;
  own_application uuid;
begin
  if normalized is null or normalized !~ '^[^@\s]+@[^@\s]+\.[^@\s]+$' or length(normalized) > 254 then
    raise exception 'invalid email address' using errcode = '22023';
  end if;
  if given_name is null or length(given_name) not between 1 and 100 or length(given_phone) > 30 then
    raise exception 'invalid name or phone' using errcode = '22023';
  end if;
  if cancel_token is null or length(cancel_token) < 32 then
    raise exception 'a cancel token is required' using errcode = '22023';
  end if;
  if not private.within_rate_limit('evening_registration', visitor_key, 30) then
    return 'too_many';
  end if;

  select * into held from public.information_evenings e where e.id = evening for update;
  if held.id is null or held.status <> 'scheduled' or held.starts_at <= now() then
    raise exception 'this evening is not open for registration' using errcode = 'P0002';
  end if;

  select count(*) into taken from public.evening_registrations r
    where r.evening_id = evening and r.status in ('registered', 'attended', 'no_show');
  outcome := case when taken < held.capacity then 'registered' else 'waitlisted' end;

  select * into existing from public.evening_registrations r
    where r.evening_id = evening and r.email = normalized for update;
  if existing.id is not null and existing.status <> 'cancelled' then
    insert into private.evening_registration_tokens (token_hash, registration_id)
      values (private.hash_token(cancel_token), existing.id);
    return outcome::text;
  end if;

  -- A signed-in person registering with their own address proved it: link their application.
  select a.id into own_application from public.applications a
    where a.user_id = (select auth.uid()) and a.email = normalized;

  if existing.id is null then
    insert into public.evening_registrations
        (evening_id, application_id, email, first_name, phone, interested_in, status)
      values (evening, own_application, normalized, given_name, given_phone, coalesce(interested_in, '{}'), outcome)
      returning id into registration;
  else
    update public.evening_registrations r
      set status = outcome, first_name = given_name, phone = given_phone,
          interested_in = coalesce(register_for_evening.interested_in, '{}'),
          application_id = coalesce(r.application_id, own_application),
          registered_at = clock_timestamp(), cancelled_at = null,
          promoted_at = null, promotion_mailed_at = null, reminder_sent_at = null, updated_at = now()
      where r.id = existing.id;
    registration := existing.id;
  end if;
  insert into private.evening_registration_tokens (token_hash, registration_id)
    values (private.hash_token(cancel_token), registration);
  perform private.settle_evening(evening);
  if own_application is not null then
    perform private.link_evening_registrations(own_application);
  end if;
  return outcome::text;
end
$$;

revoke execute on function app.register_for_evening(uuid, text, text, text, public.parent_type[], text, text) from public;
grant execute on function app.register_for_evening(uuid, text, text, text, public.parent_type[], text, text) to anon, authenticated;

drop policy "applicants see their own registrations, recruiters and admins their evenings'" on public.evening_registrations;
create policy "people see their own registrations, recruiters and admins their evenings'"
  on public.evening_registrations for select to authenticated
  using (
    email = lower((select auth.jwt()) ->> 'email')
    or application_id in (select a.id from public.applications a where a.user_id = (select auth.uid()))
    or evening_id in (
      select e.id from public.information_evenings e
      where e.organisation_id in (select private.my_organisations('recruiter'))
         or e.organisation_id in (select private.my_organisations('admin'))
    )
  );

-- Applications ----------------------------------------------------------------------------------

-- A draft token opens only a draft nobody has claimed; staff see an application once it is sent.
drop policy "a visitor sees the draft their browser holds" on public.applications;
create policy "a visitor sees the unclaimed draft their browser holds"
  on public.applications for select to anon
  using (
    user_id is null and status = 'draft'
    and draft_token_hash = encode(sha256(convert_to((select auth.jwt()) ->> 'draft_token', 'UTF8')), 'hex')
  );
drop policy "applicants see their own application, recruiters and admins their organisation's" on public.applications;
create policy "applicants see their own application, recruiters and admins their organisation's sent ones"
  on public.applications for select to authenticated
  using (
    (
      user_id is null and status = 'draft'
      and draft_token_hash = encode(sha256(convert_to((select auth.jwt()) ->> 'draft_token', 'UTF8')), 'hex')
    )
    or user_id = (select auth.uid())
    or (
      submitted_at is not null
      and (
        organisation_id in (select private.my_organisations('recruiter'))
        or organisation_id in (select private.my_organisations('admin'))
      )
    )
  );

-- Direct updates are for drafts only; after submission the rules are checked by functions.
drop policy "an applicant edits their own application until it is withdrawn" on public.applications;
create policy "an applicant edits their own draft"
  on public.applications for update to anon, authenticated
  using (
    status = 'draft'
    and (
      user_id = (select auth.uid())
      or (
        user_id is null
        and draft_token_hash = encode(sha256(convert_to((select auth.jwt()) ->> 'draft_token', 'UTF8')), 'hex')
      )
    )
  )
  with check (
    status = 'draft'
    and (
      user_id = (select auth.uid())
      or (
        user_id is null
        and draft_token_hash = encode(sha256(convert_to((select auth.jwt()) ->> 'draft_token', 'UTF8')), 'hex')
      )
    )
  );

revoke update (updated_at) on public.applications from anon, authenticated;

drop function app.start_application(text, text, text, jsonb);

-- Starts an application for an email address, or continues the caller's own. Never reveals another
-- person's application: for an address that is someone else's it answers 'exists', and the server
-- answers the visitor exactly as for a new one. Parallel starts with one address wait for each other
-- (insert ... on conflict do nothing, then the row under lock) instead of failing.
create function app.start_application(
  applicant_email text,
  draft_token text,
  first_source text,
  first_utm jsonb,
  visitor_key text
)
  returns table (outcome text, application_id uuid)
  language plpgsql security definer set search_path = ''
as $$
declare
  normalized text := lower(trim(applicant_email));
  caller uuid := (select auth.uid());
  caller_email text := lower((select auth.jwt()) ->> 'email');
  token_hash text := encode(sha256(convert_to(draft_token, 'UTF8')), 'hex');
  existing public.applications;
  created uuid;
begin
  if normalized !~ '^[^@\s]+@[^@\s]+\.[^@\s]+$' or length(normalized) > 254 then
    raise exception 'invalid email address' using errcode = '22023';
  end if;
  if caller is not null and normalized <> caller_email then
    raise exception 'a signed-in applicant applies with their own address' using errcode = '42501';
  end if;
  if caller is null and (draft_token is null or length(draft_token) < 32) then
    raise exception 'a draft token is required' using errcode = '22023';
  end if;
  if not private.within_rate_limit('application_start', visitor_key, 30) then
    return query select 'too_many', null::uuid;
    return;
  end if;

  -- A browser holds one draft: starting again with another address leaves the earlier draft to
  -- whoever proves that address.
  if caller is null then
    update public.applications a set draft_token_hash = null
      where a.draft_token_hash = token_hash and a.email <> normalized;
  end if;
  -- No conflict target: a parallel start with the same address (or from the same browser) waits for
  -- the other and then inserts nothing, whichever unique index they meet on.
  insert into public.applications as a (email, user_id, draft_token_hash, source, utm)
    values (normalized, caller, case when caller is null then token_hash end,
            left(first_source, 200), coalesce(first_utm, '{}'::jsonb))
    on conflict do nothing
    returning a.id into created;
  if created is not null then
    insert into public.application_stage_history (application_id, to_stage, actor_id)
      values (created, 'interest', caller);
    perform private.link_evening_registrations(created);
    return query select 'created', created;
    return;
  end if;

  select * into existing from public.applications a where a.email = normalized for update;
  if existing.user_id = caller
     or (caller is not null and existing.user_id is null)
     or (caller is null and existing.user_id is null and existing.status = 'draft'
         and existing.draft_token_hash = token_hash) then
    -- Continuing: a signed-in caller claims it (ending any draft token), and we keep the first
    -- campaign and UTM we learn of.
    update public.applications a
      set user_id = coalesce(a.user_id, caller),
          draft_token_hash = case when caller is null then a.draft_token_hash end,
          source = coalesce(a.source, left(first_source, 200)),
          utm = case when a.utm = '{}'::jsonb then coalesce(first_utm, '{}'::jsonb) else a.utm end,
          updated_at = now()
      where a.id = existing.id;
    perform private.link_evening_registrations(existing.id);
    return query select 'continued', existing.id;
  else
    return query select 'exists', null::uuid;
  end if;
end
$$;

revoke execute on function app.start_application(text, text, text, jsonb, text) from public;
grant execute on function app.start_application(text, text, text, jsonb, text) to anon, authenticated;

-- Submits the caller's own complete application; the draft token ends with it.
-- Safe to call twice (a double click): the second call changes nothing and answers false.
create or replace function app.submit_application(application uuid, privacy_statement_version text)
  returns boolean
  language plpgsql security definer set search_path = ''
as $$
declare
  own public.applications;
begin
  select * into own from public.applications a
  where a.id = application
    and (a.user_id = (select auth.uid())
         or (a.user_id is null and a.status = 'draft'
             and a.draft_token_hash = encode(sha256(convert_to((select auth.jwt()) ->> 'draft_token', 'UTF8')), 'hex')))
  for update;
  if own.id is null then
    raise exception 'not your application' using errcode = '42501';
  end if;
  if own.status <> 'draft' then
    return false;
  end if;
  if own.first_name is null or own.last_name is null or own.date_of_birth is null
     or own.postcode is null or own.house_number is null or cardinality(own.parent_types) = 0 then
    raise exception 'application is incomplete' using errcode = '22023';
  end if;
  update public.applications
    set status = 'submitted', submitted_at = now(), updated_at = now(), draft_token_hash = null,
        privacy_version = privacy_statement_version, privacy_consented_at = now(),
        stage = case when stage < 'application' then 'application'::public.applicant_stage else stage end
    where id = own.id;
  if own.stage < 'application' then
    insert into public.application_stage_history (application_id, from_stage, to_stage, actor_id)
      values (own.id, own.stage, 'application', (select auth.uid()));
  end if;
  return true;
end
$$;

-- After an email sign-in: the application with the caller's verified address becomes theirs, any
-- draft token for it ends, and their evening registrations are linked to it.
create or replace function app.claim_my_application() returns void
  language plpgsql security definer set search_path = ''
as $$
declare
  claimed uuid;
begin
  if (select auth.uid()) is null then
    return;
  end if;
  update public.applications
    set user_id = (select auth.uid()), draft_token_hash = null, updated_at = now()
    where email = lower((select auth.jwt()) ->> 'email')
      and (user_id is null or user_id = (select auth.uid()))
    returning id into claimed;
  if claimed is not null then
    perform private.link_evening_registrations(claimed);
  end if;
end
$$;

-- After submission the applicant changes only their name and phone number, here, with a log entry
-- that names the fields (not their values).
create function app.update_my_contact_details(new_first_name text, new_last_name text, new_phone text)
  returns void
  language plpgsql security definer set search_path = ''
as $$
declare
  own public.applications;
  given_phone text := nullif(trim(new_phone), '');
  changed text[];
begin
  if length(trim(new_first_name)) not between 1 and 100 or length(trim(new_last_name)) not between 1 and 100
     or length(given_phone) > 30 then
    raise exception 'invalid name or phone' using errcode = '22023';
  end if;
  select * into own from public.applications a
    where a.user_id = (select auth.uid()) and a.status in ('draft', 'submitted')
    for update;
  if own.id is null then
    raise exception 'no application to change' using errcode = 'P0002';
  end if;
  changed := array_remove(array[
    case when own.first_name is distinct from trim(new_first_name) then 'first_name' end,
    case when own.last_name is distinct from trim(new_last_name) then 'last_name' end,
    case when own.phone is distinct from given_phone then 'phone' end
  ], null);
  if cardinality(changed) = 0 then
    return;
  end if;
  update public.applications a
    set first_name = trim(new_first_name), last_name = trim(new_last_name), phone = given_phone, updated_at = now()
    where a.id = own.id;
  insert into public.audit_log (actor_id, organisation_id, action, subject_type, subject_id, details)
    values ((select auth.uid()), own.organisation_id, 'application.contact_details_changed', 'application',
            own.id::text, jsonb_build_object('fields', changed));
end
$$;

revoke execute on function app.update_my_contact_details(text, text, text) from public, anon;
grant execute on function app.update_my_contact_details(text, text, text) to authenticated;

-- Who made a row, and when, is the database's to say --------------------------------------------

-- Fills in the stamps when a person (anon or authenticated) writes; jobs and seeds running as the
-- service keep what they give. Security definer functions run as their owner and set them themselves.
create function private.stamp_row() returns trigger
  language plpgsql set search_path = ''
as $$
declare
  stamped jsonb;
begin
  if current_user not in ('anon', 'authenticated') then
    return new;
  end if;
  stamped := case tg_table_name
    when 'applications' then jsonb_build_object('updated_at', now())
    when 'information_evenings' then jsonb_build_object('updated_at', now())
    when 'placement_needs' then jsonb_build_object('updated_at', now())
    when 'households' then jsonb_build_object('capacity_updated_at', now(), 'capacity_updated_by', (select auth.uid()))
  end;
  if tg_op = 'INSERT' then
    stamped := stamped || jsonb_build_object('created_at', now());
    if tg_table_name in ('information_evenings', 'placement_needs') then
      stamped := stamped || jsonb_build_object('created_by', (select auth.uid()));
    end if;
  else
    stamped := stamped || jsonb_build_object('created_at', old.created_at);
    if tg_table_name in ('information_evenings', 'placement_needs') then
      stamped := stamped || jsonb_build_object('created_by', (to_jsonb(old) -> 'created_by'));
    end if;
  end if;
  return jsonb_populate_record(new, stamped);
end
$$;

revoke execute on function private.within_rate_limit(text, text, integer) from public, anon, authenticated;
-- The server counts its own per-visitor limits (sign-in) through the same function, as the service.
grant execute on function private.within_rate_limit(text, text, integer) to service_role;
revoke execute on function private.link_evening_registrations(uuid) from public, anon, authenticated;
revoke execute on function private.stamp_row() from public, anon, authenticated;

create trigger applications_stamp before update on public.applications
  for each row execute function private.stamp_row();
create trigger information_evenings_stamp before insert or update on public.information_evenings
  for each row execute function private.stamp_row();
create trigger placement_needs_stamp before insert or update on public.placement_needs
  for each row execute function private.stamp_row();
create trigger households_stamp before insert or update on public.households
  for each row execute function private.stamp_row();

-- And nobody writes those columns directly.
revoke insert (created_by) on public.information_evenings from authenticated;
revoke update (updated_at) on public.information_evenings from authenticated;

revoke insert, update on public.households from authenticated;
grant insert (
  id, organisation_id, region_id, label, kind, status, care_forms, places_total, places_free,
  max_sibling_group, age_min, age_max, available_from, available_until, expertise, languages,
  household_children_ages, has_pets, smoking, accessible_home, own_bedroom, open_past_eighteen,
  max_travel_km, municipality, postcode4, approx_lat, approx_lng, vgb_date, next_rescreening
) on public.households to authenticated;
grant update (
  organisation_id, region_id, label, kind, status, care_forms, places_total, places_free,
  max_sibling_group, age_min, age_max, available_from, available_until, expertise, languages,
  household_children_ages, has_pets, smoking, accessible_home, own_bedroom, open_past_eighteen,
  max_travel_km, municipality, postcode4, approx_lat, approx_lng, vgb_date, next_rescreening
) on public.households to authenticated;

revoke insert, update on public.placement_needs from authenticated;
grant insert (
  id, organisation_id, region_id, reference, child_age, child_gender, sibling_count, siblings_together,
  urgency, start_date, care_form, expected_duration, school_postcode4, school_lat, school_lng,
  parents_postcode4, parents_lat, parents_lng, max_distance_km, needs, exclusions,
  expected_past_eighteen, court_ordered, status, status_reason
) on public.placement_needs to authenticated;
grant update (
  organisation_id, region_id, reference, child_age, child_gender, sibling_count, siblings_together,
  urgency, start_date, care_form, expected_duration, school_postcode4, school_lat, school_lng,
  parents_postcode4, parents_lat, parents_lng, max_distance_km, needs, exclusions,
  expected_past_eighteen, court_ordered, status, status_reason
) on public.placement_needs to authenticated;
