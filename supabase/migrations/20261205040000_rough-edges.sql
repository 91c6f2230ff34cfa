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
