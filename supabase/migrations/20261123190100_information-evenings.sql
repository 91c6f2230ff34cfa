-- Information evenings ("informatiebijeenkomsten") and who registered for them. Visitors register
-- through one function that books the last free place exactly once and keeps a waiting list; after
-- that, a registration is reached only through the tokens in the mails we sent its owner.

create type public.evening_status as enum ('scheduled', 'cancelled');
create type public.evening_registration_status as enum ('registered', 'waitlisted', 'cancelled', 'attended', 'no_show');

create table public.information_evenings (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null,
  region_id uuid not null,
  title text not null check (length(title) between 3 and 120),
  description text not null default '' check (length(description) <= 4000),
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  online boolean not null default false,
  location_name text check (length(location_name) <= 120),
  location_address text check (length(location_address) <= 200),
  location_city text check (length(location_city) <= 80),
  -- For people with a place only: no role but the service may select this column.
  join_url text check (join_url ~ '^https://[^\s]+$' and length(join_url) <= 500),
  capacity integer not null check (capacity between 1 and 1000),
  -- Kept by private.settle_evening under the evening's lock, so visitors see places left without
  -- reading anyone's registration.
  places_taken integer not null default 0 check (places_taken >= 0),
  status public.evening_status not null default 'scheduled',
  -- Raised when the time or place changes, for the SEQUENCE of the calendar invitation.
  revision integer not null default 0,
  cancelled_at timestamptz,
  created_by uuid references auth.users (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  foreign key (organisation_id, region_id) references public.organisations (id, region_id),
  check (ends_at > starts_at and ends_at <= starts_at + interval '12 hours'),
  check (case when online then join_url is not null else location_name is not null and location_city is not null end)
);
create index information_evenings_region_starts_idx on public.information_evenings (region_id, starts_at)
  where status = 'scheduled';
create index information_evenings_organisation_starts_idx on public.information_evenings (organisation_id, starts_at);

create table public.evening_registrations (
  id uuid primary key default gen_random_uuid(),
  evening_id uuid not null references public.information_evenings (id) on delete cascade,
  application_id uuid not null references public.applications (id) on delete cascade,
  email text not null check (email = lower(email) and length(email) <= 254),
  first_name text not null check (length(first_name) between 1 and 100),
  status public.evening_registration_status not null,
  -- The waiting list's order: taken after the evening's lock, so it follows the order of booking.
  registered_at timestamptz not null default clock_timestamp(),
  promoted_at timestamptz,
  promotion_mailed_at timestamptz,
  reminder_sent_at timestamptz,
  cancelled_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (evening_id, application_id)
);
create index evening_registrations_queue_idx on public.evening_registrations (evening_id, status, registered_at);
create index evening_registrations_application_idx on public.evening_registrations (application_id);

-- Hashes of the cancel tokens in the mails sent for a registration. One per mail rather than one
-- column, so the link in the confirmation keeps working after the reminder brought a new one.
create table private.evening_registration_tokens (
  token_hash text primary key,
  registration_id uuid not null references public.evening_registrations (id) on delete cascade,
  created_at timestamptz not null default now()
);
create index evening_registration_tokens_registration_idx on private.evening_registration_tokens (registration_id);
alter table private.evening_registration_tokens enable row level security;
grant select, insert, delete on private.evening_registration_tokens to service_role;

alter table public.information_evenings enable row level security;
alter table public.evening_registrations enable row level security;

-- Column grants: join_url, places_taken, status and the organisation are never written directly.
grant select (
  id, organisation_id, region_id, title, description, starts_at, ends_at, online,
  location_name, location_address, location_city, capacity, places_taken, status, revision,
  cancelled_at, created_at, updated_at
) on public.information_evenings to anon, authenticated;
grant insert (
  id, organisation_id, region_id, title, description, starts_at, ends_at, online,
  location_name, location_address, location_city, join_url, capacity, created_by
) on public.information_evenings to authenticated;
grant update (
  title, description, starts_at, ends_at, online, location_name, location_address, location_city,
  join_url, capacity, updated_at
) on public.information_evenings to authenticated;
grant select on public.evening_registrations to authenticated;

create policy "scheduled evenings that have not started are public"
  on public.information_evenings for select to anon, authenticated
  using (status = 'scheduled' and starts_at > now());

create policy "recruiters and admins see their organisation's evenings"
  on public.information_evenings for select to authenticated
  using (
    organisation_id in (select private.my_organisations('recruiter'))
    or organisation_id in (select private.my_organisations('admin'))
  );

create policy "recruiters and admins plan evenings for their organisation"
  on public.information_evenings for insert to authenticated
  with check (
    created_by = (select auth.uid())
    and (
      organisation_id in (select private.my_organisations('recruiter'))
      or organisation_id in (select private.my_organisations('admin'))
    )
  );

create policy "recruiters and admins edit their organisation's scheduled evenings"
  on public.information_evenings for update to authenticated
  using (
    status = 'scheduled'
    and (
      organisation_id in (select private.my_organisations('recruiter'))
      or organisation_id in (select private.my_organisations('admin'))
    )
  )
  with check (
    organisation_id in (select private.my_organisations('recruiter'))
    or organisation_id in (select private.my_organisations('admin'))
  );

create policy "recruiters and admins see registrations for their organisation's evenings"
  on public.evening_registrations for select to authenticated
  using (
    evening_id in (
      select e.id from public.information_evenings e
      where e.organisation_id in (select private.my_organisations('recruiter'))
         or e.organisation_id in (select private.my_organisations('admin'))
    )
  );

create policy "an applicant sees their own registrations"
  on public.evening_registrations for select to authenticated
  using (application_id in (select a.id from public.applications a where a.user_id = (select auth.uid())));

create function private.hash_token(token text) returns text
  language sql immutable set search_path = ''
as $$
  select encode(sha256(convert_to(token, 'UTF8')), 'hex')
$$;

create function private.manages_organisation_evenings(organisation uuid) returns boolean
  language sql stable set search_path = ''
as $$
  select private.has_role(organisation, 'recruiter') or private.has_role(organisation, 'admin')
$$;

-- Recounts the places taken and, while the evening is open and has room, gives places to the
-- waiting list in order. The caller holds the evening's row lock.
create function private.settle_evening(evening uuid) returns void
  language plpgsql security definer set search_path = ''
as $$
declare
  held public.information_evenings;
  taken integer;
  promoted integer := 0;
begin
  select * into held from public.information_evenings e where e.id = evening for update;
  select count(*) into taken from public.evening_registrations r
    where r.evening_id = evening and r.status in ('registered', 'attended', 'no_show');
  if held.status = 'scheduled' and held.starts_at > now() and taken < held.capacity then
    with next_in_line as (
      select r.id from public.evening_registrations r
      where r.evening_id = evening and r.status = 'waitlisted'
      order by r.registered_at, r.id
      limit held.capacity - taken
    )
    update public.evening_registrations r
      set status = 'registered', promoted_at = now(), promotion_mailed_at = null, updated_at = now()
      from next_in_line where r.id = next_in_line.id;
    get diagnostics promoted = row_count;
  end if;
  update public.information_evenings e set places_taken = taken + promoted where e.id = evening;
end
$$;

create function private.after_evening_changed() returns trigger
  language plpgsql security definer set search_path = ''
as $$
begin
  -- A new day means a new reminder.
  if (new.starts_at at time zone 'Europe/Amsterdam')::date <> (old.starts_at at time zone 'Europe/Amsterdam')::date then
    update public.evening_registrations r set reminder_sent_at = null where r.evening_id = new.id;
  end if;
  perform private.settle_evening(new.id);
  return null;
end
$$;

create function private.before_evening_changed() returns trigger
  language plpgsql set search_path = ''
as $$
begin
  if (new.starts_at, new.ends_at, new.online, new.location_name, new.location_address, new.location_city, new.join_url)
     is distinct from
     (old.starts_at, old.ends_at, old.online, old.location_name, old.location_address, old.location_city, old.join_url) then
    new.revision := old.revision + 1;
  end if;
  return new;
end
$$;

create trigger information_evenings_revision before update on public.information_evenings
  for each row execute function private.before_evening_changed();
create trigger information_evenings_settle after update of capacity, starts_at on public.information_evenings
  for each row execute function private.after_evening_changed();

-- Registers a visitor (or signed-in applicant) for an evening, or puts them on the waiting list
-- when it is full. The evening's row lock serialises bookings, so its last place is booked once.
-- The applicant is created or found by email without overwriting anything they filled in, and moves
-- from 'interest' to 'information_evening'. Registering again for the same evening changes nothing.
-- The server makes `cancel_token` and mails it; only its hash is kept.
create function public.register_for_evening(
  evening uuid,
  email text,
  first_name text,
  phone text default null,
  interested_in public.parent_type[] default '{}',
  cancel_token text default null
) returns text
  language plpgsql security definer set search_path = ''
as $$
declare
  normalized text := lower(trim(email));
  given_name text := trim(first_name);
  given_phone text := nullif(trim(phone), '');
  held public.information_evenings;
  applicant uuid;
  previous_stage public.applicant_stage;
  created boolean;
  existing public.evening_registrations;
  registration uuid;
  taken integer;
  outcome public.evening_registration_status;
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

  select * into held from public.information_evenings e where e.id = evening for update;
  if held.id is null or held.status <> 'scheduled' or held.starts_at <= now() then
    raise exception 'this evening is not open for registration' using errcode = 'P0002';
  end if;

  insert into public.applications as a (email, first_name, phone, parent_types, organisation_id, region_id)
    values (normalized, given_name, given_phone, coalesce(interested_in, '{}'), held.organisation_id, held.region_id)
    on conflict on constraint applications_email_key do update set
      first_name = coalesce(a.first_name, excluded.first_name),
      phone = coalesce(a.phone, excluded.phone),
      parent_types = case when cardinality(a.parent_types) = 0 then excluded.parent_types else a.parent_types end,
      organisation_id = coalesce(a.organisation_id, excluded.organisation_id),
      region_id = coalesce(a.region_id, excluded.region_id)
    returning a.id, a.stage, (a.xmax = 0) into applicant, previous_stage, created;
  if created then
    insert into public.application_stage_history (application_id, to_stage, actor_id)
      values (applicant, 'interest', (select auth.uid()));
  end if;
  if previous_stage = 'interest' then
    update public.applications a set stage = 'information_evening', updated_at = now() where a.id = applicant;
    insert into public.application_stage_history (application_id, from_stage, to_stage, actor_id)
      values (applicant, 'interest', 'information_evening', (select auth.uid()));
  end if;

  select * into existing from public.evening_registrations r
    where r.evening_id = evening and r.application_id = applicant;
  if existing.id is not null and existing.status <> 'cancelled' then
    return 'already_registered';
  end if;

  select count(*) into taken from public.evening_registrations r
    where r.evening_id = evening and r.status in ('registered', 'attended', 'no_show');
  outcome := case when taken < held.capacity then 'registered' else 'waitlisted' end;
  if existing.id is null then
    insert into public.evening_registrations (evening_id, application_id, email, first_name, status)
      values (evening, applicant, normalized, given_name, outcome)
      returning id into registration;
  else
    update public.evening_registrations r
      set status = outcome, first_name = given_name, registered_at = clock_timestamp(), cancelled_at = null,
          promoted_at = null, promotion_mailed_at = null, reminder_sent_at = null, updated_at = now()
      where r.id = existing.id;
    registration := existing.id;
  end if;
  insert into private.evening_registration_tokens (token_hash, registration_id)
    values (private.hash_token(cancel_token), registration);
  perform private.settle_evening(evening);
  return outcome::text;
end
$$;

-- What the holder of a cancel token may know about their own registration: the join link only
-- while they have a place.
create function public.evening_registration_by_token(cancel_token text)
  returns table (
    evening_id uuid,
    email text,
    first_name text,
    status public.evening_registration_status,
    join_url text
  )
  language sql stable security definer set search_path = ''
as $$
  select r.evening_id, r.email, r.first_name, r.status,
         case when r.status = 'registered' and e.status = 'scheduled' then e.join_url end
  from private.evening_registration_tokens t
  join public.evening_registrations r on r.id = t.registration_id
  join public.information_evenings e on e.id = r.evening_id
  where t.token_hash = private.hash_token(cancel_token)
$$;

-- The person cancels with the token from one of our mails; their place goes to the waiting list.
create function public.cancel_evening_registration(cancel_token text) returns text
  language plpgsql security definer set search_path = ''
as $$
declare
  found_registration uuid;
  found_evening uuid;
  held public.information_evenings;
  current_status public.evening_registration_status;
begin
  select r.id, r.evening_id into found_registration, found_evening
  from private.evening_registration_tokens t
  join public.evening_registrations r on r.id = t.registration_id
  where t.token_hash = private.hash_token(cancel_token);
  if found_registration is null then
    raise exception 'unknown cancel token' using errcode = 'P0002';
  end if;
  -- Evening first, then registration: the same order as booking, so the two never deadlock.
  select * into held from public.information_evenings e where e.id = found_evening for update;
  select r.status into current_status from public.evening_registrations r where r.id = found_registration for update;
  if current_status = 'cancelled' then
    return 'already_cancelled';
  end if;
  if current_status not in ('registered', 'waitlisted') or held.starts_at <= now() then
    return 'closed';
  end if;
  update public.evening_registrations r set status = 'cancelled', cancelled_at = now(), updated_at = now()
    where r.id = found_registration;
  perform private.settle_evening(found_evening);
  return 'cancelled';
end
$$;

-- Staff cancel someone's registration (they called, or mailed); the place goes to the waiting list.
create function public.cancel_evening_registration_as_staff(registration uuid) returns text
  language plpgsql security definer set search_path = ''
as $$
declare
  found public.evening_registrations;
  held public.information_evenings;
begin
  select * into found from public.evening_registrations r where r.id = registration;
  select * into held from public.information_evenings e where e.id = found.evening_id for update;
  if found.id is null or not private.manages_organisation_evenings(held.organisation_id) then
    raise exception 'only recruiters and admins of the organisation may cancel registrations' using errcode = '42501';
  end if;
  select * into found from public.evening_registrations r where r.id = registration for update;
  if found.status = 'cancelled' then
    return 'already_cancelled';
  end if;
  if found.status not in ('registered', 'waitlisted') then
    return 'closed';
  end if;
  update public.evening_registrations r set status = 'cancelled', cancelled_at = now(), updated_at = now()
    where r.id = registration;
  perform private.settle_evening(held.id);
  insert into public.audit_log (actor_id, organisation_id, action, subject_type, subject_id)
    values ((select auth.uid()), held.organisation_id, 'evening_registration.cancelled', 'evening_registration', registration::text);
  return 'cancelled';
end
$$;

-- Staff record, once the evening has begun, who came.
create function public.record_evening_attendance(registration uuid, attended boolean) returns void
  language plpgsql security definer set search_path = ''
as $$
declare
  found public.evening_registrations;
  held public.information_evenings;
begin
  select * into found from public.evening_registrations r where r.id = registration;
  select * into held from public.information_evenings e where e.id = found.evening_id for update;
  if found.id is null or not private.manages_organisation_evenings(held.organisation_id) then
    raise exception 'only recruiters and admins of the organisation may record attendance' using errcode = '42501';
  end if;
  if held.starts_at > now() or found.status not in ('registered', 'attended', 'no_show') then
    raise exception 'attendance is recorded for registered people once the evening has begun' using errcode = '22023';
  end if;
  update public.evening_registrations r
    set status = case when attended then 'attended' else 'no_show' end::public.evening_registration_status,
        updated_at = now()
    where r.id = registration;
end
$$;

-- Staff cancel an evening: every registration ends, and the function answers who to tell.
create function public.cancel_information_evening(evening uuid)
  returns table (email text, first_name text)
  language plpgsql security definer set search_path = ''
as $$
declare
  held public.information_evenings;
begin
  select * into held from public.information_evenings e where e.id = evening for update;
  if held.id is null or not private.manages_organisation_evenings(held.organisation_id) then
    raise exception 'only recruiters and admins of the organisation may cancel its evenings' using errcode = '42501';
  end if;
  if held.status = 'cancelled' then
    return;
  end if;
  update public.information_evenings e set status = 'cancelled', cancelled_at = now(), updated_at = now()
    where e.id = evening;
  insert into public.audit_log (actor_id, organisation_id, action, subject_type, subject_id)
    values ((select auth.uid()), held.organisation_id, 'information_evening.cancelled', 'information_evening', evening::text);
  return query
    update public.evening_registrations r set status = 'cancelled', cancelled_at = now(), updated_at = now()
    where r.evening_id = evening and r.status in ('registered', 'waitlisted')
    returning r.email, r.first_name;
end
$$;

-- The join link, for the staff who plan the evening (nobody else can select the column).
create function public.information_evening_join_url(evening uuid) returns text
  language plpgsql stable security definer set search_path = ''
as $$
declare
  held public.information_evenings;
begin
  select * into held from public.information_evenings e where e.id = evening;
  if held.id is null or not private.manages_organisation_evenings(held.organisation_id) then
    raise exception 'only recruiters and admins of the organisation may read the join link' using errcode = '42501';
  end if;
  return held.join_url;
end
$$;

revoke execute on function private.hash_token(text) from public, anon, authenticated;
grant execute on function private.hash_token(text) to service_role;
revoke execute on function private.manages_organisation_evenings(uuid) from public, anon, authenticated;
revoke execute on function private.settle_evening(uuid) from public, anon, authenticated;
revoke execute on function private.after_evening_changed() from public, anon, authenticated;
revoke execute on function private.before_evening_changed() from public, anon, authenticated;

revoke execute on function public.register_for_evening(uuid, text, text, text, public.parent_type[], text) from public;
revoke execute on function public.evening_registration_by_token(text) from public;
revoke execute on function public.cancel_evening_registration(text) from public;
revoke execute on function public.cancel_evening_registration_as_staff(uuid) from public, anon;
revoke execute on function public.record_evening_attendance(uuid, boolean) from public, anon;
revoke execute on function public.cancel_information_evening(uuid) from public, anon;
revoke execute on function public.information_evening_join_url(uuid) from public, anon;
-- Meant for visitors: registering, and what the holder of a cancel token may see and do.
grant execute on function public.register_for_evening(uuid, text, text, text, public.parent_type[], text) to anon, authenticated;
grant execute on function public.evening_registration_by_token(text) to anon, authenticated;
grant execute on function public.cancel_evening_registration(text) to anon, authenticated;
grant execute on function public.cancel_evening_registration_as_staff(uuid) to authenticated;
grant execute on function public.record_evening_attendance(uuid, boolean) to authenticated;
grant execute on function public.cancel_information_evening(uuid) to authenticated;
grant execute on function public.information_evening_join_url(uuid) to authenticated;
