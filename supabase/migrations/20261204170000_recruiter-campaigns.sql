-- Campaigns recruiters run themselves (issue 10, point 5): a regional variant of a campaign page for
-- one parent type, made, published and withdrawn in /werving/campagnes without a deploy, served at
-- /actie/<slug>. Recruiters see and edit their own organisation's campaigns; everyone reads the
-- public columns of published ones. Every change is in the audit log.

-- Which information evenings the page lists: every upcoming one in the campaign's region, only the
-- organisation's own, or none.
create type public.campaign_evenings as enum ('region', 'organisation', 'none');

create table public.recruiter_campaigns (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null,
  region_id uuid not null,
  -- Unique over every organisation: it is the page's address.
  slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) between 3 and 60),
  parent_type public.parent_type not null,
  -- Null for the whole region; else one municipality in it (the server checks the name is known).
  municipality text check (length(municipality) between 2 and 80),
  title text not null check (length(title) between 5 and 70),
  intro text not null check (length(intro) between 20 and 600),
  evenings public.campaign_evenings not null default 'region',
  published boolean not null default false,
  -- Set by trigger when the campaign goes live; kept when it is withdrawn, for the record.
  published_at timestamptz,
  created_by uuid references auth.users (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  foreign key (organisation_id, region_id) references public.organisations (id, region_id)
);
create index recruiter_campaigns_organisation_idx on public.recruiter_campaigns (organisation_id, region_id);
create index recruiter_campaigns_created_by_idx on public.recruiter_campaigns (created_by);

alter table public.recruiter_campaigns enable row level security;

-- The page's columns for everyone; who made it stays with the audit log.
grant select (
  id, organisation_id, region_id, slug, parent_type, municipality, title, intro, evenings, published,
  published_at, updated_at
) on public.recruiter_campaigns to anon, authenticated;
grant insert (
  id, organisation_id, region_id, slug, parent_type, municipality, title, intro, evenings
) on public.recruiter_campaigns to authenticated;
grant update (
  slug, parent_type, municipality, title, intro, evenings, published
) on public.recruiter_campaigns to authenticated;

create policy "published campaigns are public"
  on public.recruiter_campaigns for select to anon
  using (published);

create policy "recruiters see their organisation's campaigns, everyone the published ones"
  on public.recruiter_campaigns for select to authenticated
  using (published or organisation_id in (select private.my_organisations('recruiter')));

create policy "recruiters start campaigns for their organisation"
  on public.recruiter_campaigns for insert to authenticated
  with check (organisation_id in (select private.my_organisations('recruiter')));

create policy "recruiters edit their organisation's campaigns"
  on public.recruiter_campaigns for update to authenticated
  using (organisation_id in (select private.my_organisations('recruiter')))
  with check (organisation_id in (select private.my_organisations('recruiter')));

create function private.stamp_recruiter_campaign() returns trigger
  language plpgsql set search_path = ''
as $$
begin
  new.updated_at := now();
  if tg_op = 'INSERT' then
    new.created_at := now();
    new.created_by := (select auth.uid());
    new.published := false;
    new.published_at := null;
  else
    new.created_at := old.created_at;
    new.created_by := old.created_by;
    new.published_at := case when new.published and not old.published then now() else old.published_at end;
  end if;
  return new;
end
$$;
revoke execute on function private.stamp_recruiter_campaign() from public, anon, authenticated;
create trigger recruiter_campaigns_stamp before insert or update on public.recruiter_campaigns
  for each row execute function private.stamp_recruiter_campaign();

-- Security definer: recruiters hold no grant on the audit log.
create function private.audit_recruiter_campaign() returns trigger
  language plpgsql security definer set search_path = ''
as $$
begin
  insert into public.audit_log (actor_id, organisation_id, action, subject_type, subject_id, details)
  values (
    (select auth.uid()),
    new.organisation_id,
    case
      when tg_op = 'INSERT' then 'campaign.created'
      when new.published and not old.published then 'campaign.published'
      when old.published and not new.published then 'campaign.unpublished'
      else 'campaign.updated'
    end,
    'recruiter_campaign',
    new.id::text,
    jsonb_build_object('slug', new.slug)
  );
  return null;
end
$$;
revoke execute on function private.audit_recruiter_campaign() from public, anon, authenticated;
create trigger recruiter_campaigns_audit after insert or update on public.recruiter_campaigns
  for each row execute function private.audit_recruiter_campaign();
