-- Capacity ("aanbod", one record per approved household) and placement needs ("plaatsingsvragen").
-- A household's exact address lives apart from its public-in-region record: placement workers of
-- other organisations see only an approximate point (postcode-4 centroid), never the address.

create schema if not exists extensions;
grant usage on schema extensions to anon, authenticated, service_role;
create extension if not exists cube with schema extensions;
create extension if not exists earthdistance with schema extensions;
grant execute on all functions in schema extensions to authenticated, service_role;

-- earthdistance's own SQL functions name cube and earth unqualified; this wrapper pins their
-- search_path so the index and every query compute the same point whatever the caller's path.
create function private.earth_point(lat double precision, lng double precision) returns extensions.earth
  language sql immutable parallel safe set search_path = extensions
as $$ select extensions.ll_to_earth(lat, lng) $$;
revoke execute on function private.earth_point(double precision, double precision) from public, anon;
grant execute on function private.earth_point(double precision, double precision) to authenticated, service_role;

create type public.household_kind as enum ('foster_family', 'family_home', 'support_family');
create type public.care_form as enum ('crisis', 'short_term', 'long_term', 'part_time');
create type public.household_status as enum ('active', 'paused', 'inactive');
create type public.urgency as enum ('crisis_today', 'within_days', 'regular');
create type public.placement_need_status as enum ('open', 'matching', 'proposed', 'placed', 'cancelled');

-- Lets households and needs reference (organisation, region) together, so neither can be moved to
-- a region its organisation is not in (where other placement workers would see it).
alter table public.organisations add constraint organisations_id_region_key unique (id, region_id);

create table public.households (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references public.organisations (id),
  region_id uuid not null references public.regions (id),
  -- A pseudonymous label for lists ("Gezin Z-104"); names live with the recruiter's applicant record.
  label text not null,
  kind public.household_kind not null,
  status public.household_status not null default 'active',
  care_forms public.care_form[] not null check (cardinality(care_forms) > 0),
  places_total integer not null check (places_total between 1 and 12),
  places_free integer not null check (places_free between 0 and places_total),
  max_sibling_group integer not null default 1 check (max_sibling_group >= 1),
  age_min integer not null check (age_min between 0 and 23),
  age_max integer not null check (age_max between age_min and 23),
  available_from date,
  available_until date,
  expertise text[] not null default '{}',
  languages text[] not null default '{nl}',
  household_children_ages integer[] not null default '{}',
  has_pets boolean not null default false,
  smoking boolean not null default false,
  accessible_home boolean not null default false,
  own_bedroom boolean not null default true,
  open_past_eighteen boolean not null default false,
  max_travel_km integer not null default 25 check (max_travel_km > 0),
  municipality text not null,
  postcode4 text not null check (postcode4 ~ '^[1-9][0-9]{3}$'),
  approx_lat double precision not null check (approx_lat between 50.7 and 53.6),
  approx_lng double precision not null check (approx_lng between 3.3 and 7.3),
  vgb_date date,
  next_rescreening date,
  capacity_updated_at timestamptz not null default now(),
  capacity_updated_by uuid references auth.users (id) on delete set null,
  created_at timestamptz not null default now()
);
alter table public.households add constraint households_organisation_region_fkey
  foreign key (organisation_id, region_id) references public.organisations (id, region_id);
create index households_organisation_idx on public.households (organisation_id);
create index households_region_status_idx on public.households (region_id, status);
create index households_location_idx on public.households
  using gist (private.earth_point(approx_lat, approx_lng));

create table private.household_addresses (
  household_id uuid primary key references public.households (id) on delete cascade,
  postcode text not null check (postcode ~ '^[1-9][0-9]{3}[A-Z]{2}$'),
  house_number text not null,
  street text,
  lat double precision,
  lng double precision
);
alter table private.household_addresses enable row level security;
grant select, insert, update, delete on private.household_addresses to service_role;

create table public.placement_needs (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references public.organisations (id),
  region_id uuid not null references public.regions (id),
  reference text not null unique check (reference ~ '^[A-Z0-9-]{4,20}$'),
  child_age integer not null check (child_age between 0 and 23),
  child_gender text check (child_gender in ('girl', 'boy', 'other')),
  sibling_count integer not null default 0 check (sibling_count >= 0),
  siblings_together boolean not null default true,
  urgency public.urgency not null,
  start_date date not null,
  care_form public.care_form not null,
  expected_duration text,
  school_postcode4 text check (school_postcode4 ~ '^[1-9][0-9]{3}$'),
  school_lat double precision,
  school_lng double precision,
  parents_postcode4 text check (parents_postcode4 ~ '^[1-9][0-9]{3}$'),
  parents_lat double precision,
  parents_lng double precision,
  max_distance_km integer not null default 20 check (max_distance_km > 0),
  needs text[] not null default '{}',
  exclusions text[] not null default '{}',
  expected_past_eighteen boolean not null default false,
  court_ordered boolean not null default false,
  status public.placement_need_status not null default 'open',
  status_reason text,
  created_by uuid references auth.users (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
alter table public.placement_needs add constraint placement_needs_organisation_region_fkey
  foreign key (organisation_id, region_id) references public.organisations (id, region_id);
create index placement_needs_organisation_status_idx on public.placement_needs (organisation_id, status);

alter table public.households enable row level security;
alter table public.placement_needs enable row level security;

grant select, insert, update on public.households to authenticated;
grant select, insert, update on public.placement_needs to authenticated;

-- The region's single entry point: every placement worker in the region sees its capacity.
create policy "placement workers in the region and the organisation's staff see capacity"
  on public.households for select to authenticated
  using (
    region_id in (select private.my_regions('placement_worker'))
    or organisation_id in (select private.my_organisations('recruiter'))
    or organisation_id in (select private.my_organisations('admin'))
  );

create policy "the organisation's recruiters and admins record capacity"
  on public.households for insert to authenticated
  with check (
    organisation_id in (select private.my_organisations('recruiter'))
    or organisation_id in (select private.my_organisations('admin'))
  );

create policy "the organisation's recruiters and admins update capacity"
  on public.households for update to authenticated
  using (
    organisation_id in (select private.my_organisations('recruiter'))
    or organisation_id in (select private.my_organisations('admin'))
  )
  with check (
    organisation_id in (select private.my_organisations('recruiter'))
    or organisation_id in (select private.my_organisations('admin'))
  );

create policy "placement workers see their organisation's placement needs"
  on public.placement_needs for select to authenticated
  using (organisation_id in (select private.my_organisations('placement_worker')));

create policy "placement workers record placement needs for their organisation"
  on public.placement_needs for insert to authenticated
  with check (organisation_id in (select private.my_organisations('placement_worker')));

create policy "placement workers update their organisation's placement needs"
  on public.placement_needs for update to authenticated
  using (organisation_id in (select private.my_organisations('placement_worker')))
  with check (organisation_id in (select private.my_organisations('placement_worker')));
