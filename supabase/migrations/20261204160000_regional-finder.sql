-- The regional finder ("Waar woon je?"): what an organisation offers, where it works and how a
-- visitor reaches it. All of it is public information; an anonymous visitor reads exactly these
-- columns of an organisation and nothing added to the table later.

alter table public.organisations
  -- Municipalities served, by their name in the gazetteer; a place name finds its organisation
  -- through them. postcode_areas stays the list applications are routed by.
  add column service_municipalities text[] not null default '{}',
  add column parent_types public.parent_type[] not null default '{}',
  add column care_forms public.care_form[] not null default '{}',
  add column public_phone text check (public_phone ~ '^\+?[0-9 ()-]{8,20}$'),
  add column public_email text check (public_email = lower(public_email) and public_email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
  add column website text check (website ~ '^https://[^\s]+$');

revoke select on public.organisations from anon;
grant select (
  id, region_id, slug, name, postcode_areas, service_municipalities, parent_types, care_forms,
  public_phone, public_email, website
) on public.organisations to anon;
