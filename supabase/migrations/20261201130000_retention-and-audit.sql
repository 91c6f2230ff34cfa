-- What the privacy statement promises (AVG): personal data is kept no longer than needed, deletion
-- requests reach a person, sent mail keeps no bodies or codes, the audit log cannot be rewritten,
-- and staff reads of an applicant's personal data are logged.

-- The audit log is append-only for every role, the service and the table owner included. The one
-- change allowed is the foreign key's own `on delete set null` when an organisation is deleted.
-- Pruning the log itself is a deliberate act: a migration that disables these triggers, deletes, and
-- enables them again (docs/privacy.md).
create function private.refuse_audit_log_change() returns trigger
  language plpgsql set search_path = ''
as $$
begin
  if tg_op = 'UPDATE' then
    if new.organisation_id is null
       and (new.id, new.at, new.actor_id, new.action, new.subject_type, new.subject_id, new.details)
           is not distinct from
           (old.id, old.at, old.actor_id, old.action, old.subject_type, old.subject_id, old.details) then
      return new;
    end if;
  end if;
  raise exception 'the audit log is append-only' using errcode = '42501';
end
$$;
revoke execute on function private.refuse_audit_log_change() from public, anon, authenticated;

create trigger audit_log_append_only before update or delete on public.audit_log
  for each row execute function private.refuse_audit_log_change();
create trigger audit_log_no_truncate before truncate on public.audit_log
  for each statement execute function private.refuse_audit_log_change();

-- Staff reading an applicant's personal data (and, once it exists, screening data) call this in the
-- same transaction as the read: one row per subject, with who, where and why, never the data itself.
create function app.log_staff_read(organisation uuid, subject_type text, subject_ids text[], purpose text)
  returns void
  language plpgsql security definer set search_path = ''
as $$
begin
  if not (private.has_role(organisation, 'recruiter') or private.has_role(organisation, 'admin')
          or private.has_role(organisation, 'placement_worker')) then
    raise exception 'only staff of this organisation log reads for it' using errcode = '42501';
  end if;
  if subject_type !~ '^[a-z_]{1,40}$' or purpose !~ '^[a-z_.]{1,60}$' then
    raise exception 'subject type and purpose are identifiers' using errcode = '22023';
  end if;
  insert into public.audit_log (actor_id, organisation_id, action, subject_type, subject_id, details)
    select (select auth.uid()), organisation, 'staff.read', subject_type, subject_id,
           jsonb_build_object('purpose', purpose)
    from unnest(subject_ids) as subject_id;
end
$$;
revoke execute on function app.log_staff_read(uuid, text, text[], text) from public, anon;
grant execute on function app.log_staff_read(uuid, text, text[], text) to authenticated;

-- How long each organisation keeps what. The row without an organisation holds the defaults, for
-- organisations that never changed them and for data no organisation owns. The checks hold the
-- privacy statement's promise: 4 weeks at most, 1 year at most with consent, 90 days for unsent
-- drafts and for evening registrations of people who never applied.
create table public.retention_settings (
  id bigint generated always as identity primary key,
  organisation_id uuid references public.organisations (id) on delete cascade,
  ended_application_days integer not null default 28 check (ended_application_days between 0 and 28),
  ended_application_with_consent_days integer not null default 365
    check (ended_application_with_consent_days between 0 and 365),
  unsent_draft_days integer not null default 90 check (unsent_draft_days between 7 and 90),
  past_evening_registration_days integer not null default 90 check (past_evening_registration_days between 1 and 90),
  updated_by uuid references auth.users (id) on delete set null,
  updated_at timestamptz not null default now(),
  unique nulls not distinct (organisation_id)
);
insert into public.retention_settings (organisation_id) values (null);
alter table public.retention_settings enable row level security;
grant select on public.retention_settings to authenticated;
create policy "staff see the defaults, admins their organisation's retention"
  on public.retention_settings for select to authenticated
  using (organisation_id is null or organisation_id in (select private.my_organisations('admin')));

create function app.set_retention_settings(
  organisation uuid,
  ended_days integer,
  ended_with_consent_days integer,
  draft_days integer,
  evening_registration_days integer
) returns void
  language plpgsql security definer set search_path = ''
as $$
begin
  if organisation is null or not private.has_role(organisation, 'admin') then
    raise exception 'only an admin of this organisation may change its retention' using errcode = '42501';
  end if;
  insert into public.retention_settings as s (
    organisation_id, ended_application_days, ended_application_with_consent_days, unsent_draft_days,
    past_evening_registration_days, updated_by
  ) values (organisation, ended_days, ended_with_consent_days, draft_days, evening_registration_days, (select auth.uid()))
  on conflict (organisation_id) do update set
    ended_application_days = excluded.ended_application_days,
    ended_application_with_consent_days = excluded.ended_application_with_consent_days,
    unsent_draft_days = excluded.unsent_draft_days,
    past_evening_registration_days = excluded.past_evening_registration_days,
    updated_by = excluded.updated_by, updated_at = now();
  insert into public.audit_log (actor_id, organisation_id, action, subject_type, subject_id, details)
    values ((select auth.uid()), organisation, 'retention.changed', 'organisation', organisation::text,
            jsonb_build_object('ended_application_days', ended_days,
                               'ended_application_with_consent_days', ended_with_consent_days,
                               'unsent_draft_days', draft_days,
                               'past_evening_registration_days', evening_registration_days));
end
$$;
revoke execute on function app.set_retention_settings(uuid, integer, integer, integer, integer) from public, anon;
grant execute on function app.set_retention_settings(uuid, integer, integer, integer, integer) to authenticated;

-- Consent to keep an ended application for up to a year (so the person can pick it up again).
alter table public.applications add column keep_data_consented_at timestamptz;

create function app.keep_my_data_after_ending(keep boolean) returns void
  language plpgsql security definer set search_path = ''
as $$
begin
  update public.applications
    set keep_data_consented_at = case when keep then coalesce(keep_data_consented_at, now()) end, updated_at = now()
    where user_id = (select auth.uid()) and status in ('withdrawn', 'rejected') and deletion_requested_at is null;
end
$$;
revoke execute on function app.keep_my_data_after_ending(boolean) from public, anon;
grant execute on function app.keep_my_data_after_ending(boolean) to authenticated;

-- Deletion requests, kept apart from the application so the record that one was asked for and
-- handled outlives the data. No personal data here: the queue reads name and address from the
-- application while it exists.
create table private.deletion_requests (
  id uuid primary key default gen_random_uuid(),
  application_id uuid unique,
  organisation_id uuid references public.organisations (id) on delete set null,
  region_id uuid references public.regions (id) on delete set null,
  requested_at timestamptz not null default now(),
  staff_notified_at timestamptz,
  handled_at timestamptz,
  handled_by uuid references auth.users (id) on delete set null
);
create index deletion_requests_open_idx on private.deletion_requests (requested_at) where handled_at is null;
create index deletion_requests_unnotified_idx on private.deletion_requests (requested_at) where staff_notified_at is null;
alter table private.deletion_requests enable row level security;
grant select, insert, update on private.deletion_requests to service_role;

-- Who handles a request: the organisation's admins and recruiters; before any organisation owns the
-- application, the admins of every organisation in its region, or of every organisation at all.
create function private.handles_deletion_request(organisation uuid, region uuid) returns boolean
  language sql stable set search_path = ''
as $$
  select case
    when organisation is not null then
      private.has_role(organisation, 'admin') or private.has_role(organisation, 'recruiter')
    when region is not null then region in (select private.my_regions('admin'))
    else exists (select private.my_organisations('admin'))
  end
$$;
revoke execute on function private.handles_deletion_request(uuid, uuid) from public, anon, authenticated;

-- The addresses to tell about a new request: the same people handles_deletion_request admits.
create function private.deletion_request_staff(organisation uuid, region uuid)
  returns table (email text)
  language sql stable set search_path = ''
as $$
  select distinct lower(u.email::text)
  from public.memberships m
  join public.organisations o on o.id = m.organisation_id
  join auth.users u on u.id = m.user_id
  where case
    when organisation is not null then m.organisation_id = organisation and m.role in ('admin', 'recruiter')
    when region is not null then o.region_id = region and m.role = 'admin'
    else m.role = 'admin'
  end
$$;
revoke execute on function private.deletion_request_staff(uuid, uuid) from public, anon, authenticated;

create or replace function app.request_deletion_of_my_application() returns void
  language plpgsql security definer set search_path = ''
as $$
declare
  own public.applications;
begin
  -- Asking for deletion also ends the application (nobody should still be screening it) and
  -- withdraws any consent to keep the data longer.
  update public.applications
    set deletion_requested_at = coalesce(deletion_requested_at, now()),
        status = case when status in ('draft', 'submitted') then 'withdrawn'::public.application_status else status end,
        withdrawn_at = case when status in ('draft', 'submitted') then now() else withdrawn_at end,
        keep_data_consented_at = null,
        updated_at = now()
    where user_id = (select auth.uid())
    returning * into own;
  if own.id is not null then
    insert into private.deletion_requests (application_id, organisation_id, region_id)
      values (own.id, own.organisation_id, own.region_id)
      on conflict (application_id) do nothing;
    if found then
      insert into public.audit_log (actor_id, organisation_id, action, subject_type, subject_id)
        values ((select auth.uid()), own.organisation_id, 'application.deletion_requested', 'application', own.id::text);
    end if;
  end if;
end
$$;

-- Deletes an applicant and what hangs off them: the application (its history and evening
-- registrations cascade), registrations under the same address, and mail to that address that is no
-- longer waiting to go out. The caller decides who may.
create function private.erase_applicant(application uuid) returns boolean
  language plpgsql set search_path = ''
as $$
declare
  erased_email text;
begin
  delete from public.applications a where a.id = application returning a.email into erased_email;
  if erased_email is null then
    return false;
  end if;
  delete from public.evening_registrations r where r.email = erased_email;
  delete from private.mail_outbox m where m.to_address = erased_email and m.status <> 'pending';
  -- Whoever erased it (staff or retention), an open request for it is then done.
  update private.deletion_requests d set handled_at = now() where d.application_id = application and d.handled_at is null;
  return true;
end
$$;
revoke execute on function private.erase_applicant(uuid) from public, anon, authenticated;

-- The queue for staff: open requests they handle, with the name and address still on file.
create function app.deletion_requests_for_me()
  returns table (
    request_id uuid, requested_at timestamptz, organisation_id uuid, region_name text,
    first_name text, last_name text, email text, status public.application_status
  )
  language sql stable security definer set search_path = ''
as $$
  select d.id, d.requested_at, d.organisation_id, r.name, a.first_name, a.last_name, a.email, a.status
  from private.deletion_requests d
  left join public.applications a on a.id = d.application_id
  left join public.regions r on r.id = d.region_id
  where d.handled_at is null and private.handles_deletion_request(d.organisation_id, d.region_id)
  order by d.requested_at, d.id
$$;
revoke execute on function app.deletion_requests_for_me() from public, anon;
grant execute on function app.deletion_requests_for_me() to authenticated;

-- Handling a request: the data is deleted now and the request marked done. Twice is harmless.
create function app.handle_deletion_request(request uuid) returns text
  language plpgsql security definer set search_path = ''
as $$
declare
  held private.deletion_requests;
begin
  select * into held from private.deletion_requests d where d.id = request for update;
  if held.id is null or not private.handles_deletion_request(held.organisation_id, held.region_id) then
    raise exception 'only the staff who handle this request may do so' using errcode = '42501';
  end if;
  if held.handled_at is not null then
    return 'already_handled';
  end if;
  perform private.erase_applicant(held.application_id);
  update private.deletion_requests d set handled_at = now(), handled_by = (select auth.uid()) where d.id = request;
  insert into public.audit_log (actor_id, organisation_id, action, subject_type, subject_id)
    values ((select auth.uid()), held.organisation_id, 'application.deleted_on_request', 'deletion_request', request::text);
  return 'handled';
end
$$;
revoke execute on function app.handle_deletion_request(uuid) from public, anon;
grant execute on function app.handle_deletion_request(uuid) to authenticated;

-- For the job that mails staff about new requests: claims the requests no one was told of yet
-- (skip locked, so two servers never mail twice) and answers whom to tell.
create function app.claim_unnotified_deletion_requests()
  returns table (request_id uuid, organisation_name text, region_name text, email text)
  language plpgsql security definer set search_path = ''
as $$
begin
  return query
    with due as (
      select d.id, d.organisation_id, d.region_id from private.deletion_requests d
      where d.staff_notified_at is null and d.handled_at is null
      for update skip locked
    ), marked as (
      update private.deletion_requests d set staff_notified_at = now() from due where d.id = due.id
    )
    select due.id, o.name, r.name, staff.email
    from due
    left join public.organisations o on o.id = due.organisation_id
    left join public.regions r on r.id = due.region_id
    cross join lateral private.deletion_request_staff(due.organisation_id, due.region_id) staff;
end
$$;
revoke execute on function app.claim_unnotified_deletion_requests() from public, anon, authenticated;
grant execute on function app.claim_unnotified_deletion_requests() to service_role;

-- The retention job. Safe on several servers at once (one holds the lock, the others answer
-- 'skipped') and twice in a row (the second finds nothing). Answers, and audits, counts only.
create function app.apply_retention() returns jsonb
  language plpgsql security definer set search_path = ''
as $$
declare
  defaults public.retention_settings;
  candidate record;
  ended_applications integer := 0;
  unsent_drafts integer := 0;
  past_registrations integer := 0;
  scrubbed_mail integer := 0;
  deleted_mail integer := 0;
  expired_codes integer := 0;
  report jsonb;
begin
  if not pg_try_advisory_xact_lock(hashtext('openhuis.retention')) then
    return jsonb_build_object('skipped', true);
  end if;
  select * into defaults from public.retention_settings s where s.organisation_id is null;

  -- Withdrawn or rejected: after the organisation's period, or its longer one with consent.
  for candidate in
    select a.id from public.applications a
    left join public.retention_settings s on s.organisation_id = a.organisation_id
    where a.status in ('withdrawn', 'rejected')
      and coalesce(a.withdrawn_at, a.updated_at) < now() - make_interval(days =>
        case when a.keep_data_consented_at is not null and a.deletion_requested_at is null
             then coalesce(s.ended_application_with_consent_days, defaults.ended_application_with_consent_days)
             else coalesce(s.ended_application_days, defaults.ended_application_days) end)
    for update of a skip locked
  loop
    ended_applications := ended_applications + private.erase_applicant(candidate.id)::integer;
  end loop;

  -- Drafts nobody touched for a long time, unless they hold a place at an evening still in its period.
  for candidate in
    select a.id from public.applications a
    left join public.retention_settings s on s.organisation_id = a.organisation_id
    where a.status = 'draft'
      and a.updated_at < now() - make_interval(days => coalesce(s.unsent_draft_days, defaults.unsent_draft_days))
      and not exists (
        select 1 from public.evening_registrations r
        join public.information_evenings e on e.id = r.evening_id
        where r.email = a.email and e.ends_at > now() - make_interval(days => defaults.past_evening_registration_days)
      )
    for update of a skip locked
  loop
    unsent_drafts := unsent_drafts + private.erase_applicant(candidate.id)::integer;
  end loop;

  -- Registrations for evenings long past, of people who never sent an application.
  with due as (
    select r.id from public.evening_registrations r
    join public.information_evenings e on e.id = r.evening_id
    left join public.retention_settings s on s.organisation_id = e.organisation_id
    where e.ends_at < now() - make_interval(days =>
            coalesce(s.past_evening_registration_days, defaults.past_evening_registration_days))
      and not exists (
        select 1 from public.applications a where a.email = r.email and a.status <> 'draft'
      )
    for update of r skip locked
  )
  delete from public.evening_registrations r using due where r.id = due.id;
  get diagnostics past_registrations = row_count;

  -- Sent or failed mail keeps no body, subject or attachment after a week (sign-in codes are in
  -- subjects), and goes altogether after 90 days.
  update private.mail_outbox m set subject = '', html = '', text = '', attachments = '[]'::jsonb
    where m.status <> 'pending' and m.created_at < now() - interval '7 days'
      and (m.subject <> '' or m.html <> '' or m.text <> '' or m.attachments <> '[]'::jsonb);
  get diagnostics scrubbed_mail = row_count;
  delete from private.mail_outbox m where m.status <> 'pending' and m.created_at < now() - interval '90 days';
  get diagnostics deleted_mail = row_count;

  delete from private.sign_in_codes c where c.expires_at < now() - interval '1 day';
  get diagnostics expired_codes = row_count;

  report := jsonb_build_object(
    'ended_applications', ended_applications,
    'unsent_drafts', unsent_drafts,
    'evening_registrations', past_registrations,
    'scrubbed_mail', scrubbed_mail,
    'deleted_mail', deleted_mail,
    'sign_in_codes', expired_codes
  );
  if ended_applications + unsent_drafts + past_registrations + scrubbed_mail + deleted_mail + expired_codes > 0 then
    insert into public.audit_log (action, subject_type, details) values ('retention.applied', 'retention', report);
  end if;
  return report;
end
$$;
revoke execute on function app.apply_retention() from public, anon, authenticated;
grant execute on function app.apply_retention() to service_role;
