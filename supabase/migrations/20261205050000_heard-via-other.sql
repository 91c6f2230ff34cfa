-- "Anders" in "Hoe heb je van ons gehoord?" gets a few words of its own (issue 10, rough edges).
-- Kept next to heard_via, so the choices stay countable; the applicant fills it in like the rest of
-- the form, and it goes when the application is deleted.
alter table public.applications
  add column heard_via_other text check (length(heard_via_other) <= 200);

grant update (heard_via_other) on public.applications to anon, authenticated;
