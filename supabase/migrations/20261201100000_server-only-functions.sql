-- Functions only the application server calls move out of `public`, which Supabase's Data API
-- serves to anyone holding the anon key. Schema `app` is never listed in [api] schemas: the server
-- reaches it through its own connection (switching to anon/authenticated as PostgREST would), and
-- nobody else can. Moving a function keeps its grants; every function still checks its caller.
-- One permissive policy per table, role and action, so Postgres evaluates one condition per row.

create schema if not exists app;
revoke all on schema app from public;
grant usage on schema app to anon, authenticated, service_role;

alter function public.start_application(text, text, text, jsonb) set schema app;
alter function public.submit_application(uuid, text) set schema app;
alter function public.claim_my_application() set schema app;
alter function public.withdraw_my_application(text) set schema app;
alter function public.request_deletion_of_my_application() set schema app;
alter function public.register_for_evening(uuid, text, text, text, public.parent_type[], text) set schema app;
alter function public.evening_registration_by_token(text) set schema app;
alter function public.cancel_evening_registration(text) set schema app;
alter function public.cancel_evening_registration_as_staff(uuid) set schema app;
alter function public.record_evening_attendance(uuid, boolean) set schema app;
alter function public.cancel_information_evening(uuid) set schema app;
alter function public.information_evening_join_url(uuid) set schema app;
alter function public.grant_staff_role(uuid, text, public.staff_role) set schema app;
alter function public.revoke_staff_role(uuid) set schema app;
alter function public.withdraw_staff_invitation(uuid) set schema app;
alter function public.accept_staff_invitations() set schema app;
alter function public.organisation_staff(uuid) set schema app;

-- applications: anon reaches only a draft through its token; authenticated callers their own or,
-- as staff, their organisation's.
drop policy "an applicant sees their own application" on public.applications;
drop policy "recruiters and admins see their organisation's applications" on public.applications;
create policy "a visitor sees the draft their browser holds"
  on public.applications for select to anon
  using (draft_token_hash = encode(sha256(convert_to((select auth.jwt()) ->> 'draft_token', 'UTF8')), 'hex'));
create policy "applicants see their own application, recruiters and admins their organisation's"
  on public.applications for select to authenticated
  using (
    draft_token_hash = encode(sha256(convert_to((select auth.jwt()) ->> 'draft_token', 'UTF8')), 'hex')
    or user_id = (select auth.uid())
    or organisation_id in (select private.my_organisations('recruiter'))
    or organisation_id in (select private.my_organisations('admin'))
  );

drop policy "scheduled evenings that have not started are public" on public.information_evenings;
drop policy "recruiters and admins see their organisation's evenings" on public.information_evenings;
create policy "visitors see scheduled evenings that have not started"
  on public.information_evenings for select to anon
  using (status = 'scheduled' and starts_at > now());
create policy "everyone sees upcoming evenings, recruiters and admins all of their organisation's"
  on public.information_evenings for select to authenticated
  using (
    (status = 'scheduled' and starts_at > now())
    or organisation_id in (select private.my_organisations('recruiter'))
    or organisation_id in (select private.my_organisations('admin'))
  );

drop policy "recruiters and admins see registrations for their organisation's evenings" on public.evening_registrations;
drop policy "an applicant sees their own registrations" on public.evening_registrations;
create policy "applicants see their own registrations, recruiters and admins their evenings'"
  on public.evening_registrations for select to authenticated
  using (
    application_id in (select a.id from public.applications a where a.user_id = (select auth.uid()))
    or evening_id in (
      select e.id from public.information_evenings e
      where e.organisation_id in (select private.my_organisations('recruiter'))
         or e.organisation_id in (select private.my_organisations('admin'))
    )
  );
