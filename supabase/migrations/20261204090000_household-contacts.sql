-- Who a household is: the name and contact details that "1 toegang" keeps from other organisations.
-- Placement workers across the region match against public.households (pseudonymous); only the
-- owning organisation reads this table. Functions that show a contact to a proposing organisation
-- after the owner accepted (issue 8) read it as definer, with that check in the function.

create table public.household_contacts (
  household_id uuid primary key references public.households (id) on delete cascade,
  display_name text not null check (length(display_name) between 1 and 200),
  email text check (email is null or (length(email) <= 254 and email ~ '^[^@[:space:]]+@[^@[:space:]]+$')),
  phone text check (phone is null or length(phone) <= 40),
  -- The application this household was approved from, when it came through the recruiter workspace.
  application_id uuid unique references public.applications (id) on delete set null,
  created_at timestamptz not null default now()
);
-- A household signs in with this address to confirm its availability from /mijn.
create index household_contacts_email_idx on public.household_contacts (lower(email));

alter table public.household_contacts enable row level security;
grant select on public.household_contacts to authenticated;
grant insert (household_id, display_name, email, phone, application_id) on public.household_contacts to authenticated;
grant update (display_name, email, phone) on public.household_contacts to authenticated;
grant select, insert, update, delete on public.household_contacts to service_role;

create policy "the owning organisation's staff see a household's contact"
  on public.household_contacts for select to authenticated
  using (
    household_id in (
      select h.id from public.households h
      where h.organisation_id in (select private.my_organisations('recruiter'))
         or h.organisation_id in (select private.my_organisations('admin'))
         or h.organisation_id in (select private.my_organisations('placement_worker'))
    )
  );

create policy "the owning organisation's recruiters and admins record a household's contact"
  on public.household_contacts for insert to authenticated
  with check (
    household_id in (
      select h.id from public.households h
      where h.organisation_id in (select private.my_organisations('recruiter'))
         or h.organisation_id in (select private.my_organisations('admin'))
    )
    -- Only an application the writer can see (their own organisation's, once sent).
    and (application_id is null or application_id in (select a.id from public.applications a))
  );

create policy "the owning organisation's recruiters and admins change a household's contact"
  on public.household_contacts for update to authenticated
  using (
    household_id in (
      select h.id from public.households h
      where h.organisation_id in (select private.my_organisations('recruiter'))
         or h.organisation_id in (select private.my_organisations('admin'))
    )
  )
  with check (
    household_id in (
      select h.id from public.households h
      where h.organisation_id in (select private.my_organisations('recruiter'))
         or h.organisation_id in (select private.my_organisations('admin'))
    )
  );
