-- The placement workflow (issue 8, points 4 and 5): a placement worker shortlists a household for a
-- need, proposes it to the household's organisation with a message, that organisation accepts or
-- declines with a reason, the proposer places, and later someone ends the placement with a reason.
-- Placing lowers the household's free places and ending raises them, in the same transaction. A
-- household's name and contact reach the proposing organisation only after its owner accepted.
-- Every step is a function in app with a version or state check, and every step is in the audit log.

create type public.placement_proposal_status as enum ('shortlisted', 'proposed', 'accepted', 'declined');

-- The proposing organisation is the need's, the owning one the household's; both are kept on the row
-- so the policy needs no join.
create table public.placement_proposals (
  id uuid primary key default gen_random_uuid(),
  need_id uuid not null references public.placement_needs (id) on delete cascade,
  household_id uuid not null references public.households (id) on delete cascade,
  proposing_organisation_id uuid not null references public.organisations (id),
  owning_organisation_id uuid not null references public.organisations (id),
  status public.placement_proposal_status not null default 'shortlisted',
  -- Raised by every step; a step names the version it saw, so a stale page is refused.
  version integer not null default 0,
  message text check (length(message) between 1 and 2000),
  decline_reason text check (decline_reason in ('no_free_place', 'not_a_fit', 'timing', 'household_circumstances', 'other')),
  answer_note text check (length(answer_note) <= 2000),
  shortlisted_by uuid references auth.users (id) on delete set null,
  shortlisted_at timestamptz not null default now(),
  proposed_by uuid references auth.users (id) on delete set null,
  proposed_at timestamptz,
  answered_by uuid references auth.users (id) on delete set null,
  answered_at timestamptz,
  check ((proposed_at is null) = (status = 'shortlisted')),
  check ((answered_at is null) = (status in ('shortlisted', 'proposed'))),
  check ((decline_reason is not null) = (status = 'declined'))
);
-- A household is on a need's list once; after a decline it may be shortlisted again.
create unique index placement_proposals_need_household_idx on public.placement_proposals (need_id, household_id)
  where status <> 'declined';
create index placement_proposals_household_idx on public.placement_proposals (household_id);
create index placement_proposals_proposing_idx on public.placement_proposals (proposing_organisation_id, status);
create index placement_proposals_owning_idx on public.placement_proposals (owning_organisation_id, status);
create index placement_proposals_shortlisted_by_idx on public.placement_proposals (shortlisted_by);
create index placement_proposals_proposed_by_idx on public.placement_proposals (proposed_by);
create index placement_proposals_answered_by_idx on public.placement_proposals (answered_by);

-- A child living in a household: made from an accepted proposal. `places` is what placing took from
-- the household's free places, and what ending gives back.
create table public.placements (
  id uuid primary key default gen_random_uuid(),
  proposal_id uuid not null unique references public.placement_proposals (id) on delete cascade,
  need_id uuid not null references public.placement_needs (id) on delete cascade,
  household_id uuid not null references public.households (id) on delete cascade,
  places integer not null check (places >= 1),
  placed_by uuid references auth.users (id) on delete set null,
  placed_at timestamptz not null default now(),
  ended_by uuid references auth.users (id) on delete set null,
  ended_at timestamptz,
  end_reason text check (end_reason in ('completed', 'returned_home', 'moved_on', 'breakdown', 'other')),
  end_note text check (length(end_note) <= 2000),
  check ((ended_at is null) = (end_reason is null))
);
create unique index placements_one_current_per_need_idx on public.placements (need_id) where ended_at is null;
create index placements_need_idx on public.placements (need_id);
create index placements_household_idx on public.placements (household_id);
create index placements_placed_by_idx on public.placements (placed_by);
create index placements_ended_by_idx on public.placements (ended_by);

alter table public.placement_proposals enable row level security;
alter table public.placements enable row level security;
-- Reads only: every step goes through the functions below.
grant select on public.placement_proposals, public.placements to authenticated;
grant select, insert, update, delete on public.placement_proposals, public.placements to service_role;

create policy "the proposing organisation's placement workers and the owning organisation's staff see a proposal"
  on public.placement_proposals for select to authenticated
  using (
    proposing_organisation_id in (select private.my_organisations('placement_worker'))
    or owning_organisation_id in (select private.my_organisations('placement_worker'))
    or owning_organisation_id in (select private.my_organisations('recruiter'))
  );

create policy "whoever sees the proposal sees its placement"
  on public.placements for select to authenticated
  using (proposal_id in (select p.id from public.placement_proposals p));

-- Places a need takes in one household: the whole sibling group when they stay together.
create function private.places_needed(need public.placement_needs) returns integer
  language sql immutable set search_path = ''
as $$ select case when need.siblings_together then need.sibling_count + 1 else 1 end $$;
revoke execute on function private.places_needed(public.placement_needs) from public, anon, authenticated;

-- One audit row per organisation involved (the proposer's and the household's), ids only.
create function private.audit_placement_step(action text, proposal public.placement_proposals, details jsonb)
  returns void
  language sql set search_path = ''
as $$
  insert into public.audit_log (actor_id, organisation_id, action, subject_type, subject_id, details)
  select (select auth.uid()), organisation, action, 'placement_proposal', proposal.id::text,
         jsonb_build_object('need_id', proposal.need_id, 'household_id', proposal.household_id) || details
  from (select distinct unnest(array[proposal.proposing_organisation_id, proposal.owning_organisation_id])) as o (organisation);
$$;
revoke execute on function private.audit_placement_step(text, public.placement_proposals, jsonb) from public, anon, authenticated;

-- A need that is placed or cancelled takes no new steps.
create function private.refuse_closed_need(need public.placement_needs) returns void
  language plpgsql set search_path = ''
as $$
begin
  if need.status in ('placed', 'cancelled') then
    raise exception 'the need is %', need.status using errcode = 'OH422', detail = 'need_closed';
  end if;
end
$$;
revoke execute on function private.refuse_closed_need(public.placement_needs) from public, anon, authenticated;

-- Whether the household can still take the need: active, with enough free places.
create function private.refuse_full_household(household public.households, need public.placement_needs) returns void
  language plpgsql set search_path = ''
as $$
begin
  if household.status <> 'active' then
    raise exception 'the household is not active' using errcode = 'OH422', detail = 'household_not_active';
  end if;
  if household.places_free < private.places_needed(need) then
    raise exception 'the household has no free place for this need' using errcode = 'OH422', detail = 'no_free_place';
  end if;
end
$$;
revoke execute on function private.refuse_full_household(public.households, public.placement_needs) from public, anon, authenticated;

-- Locks the proposal and refuses a stale version: OH409 with what it is now (status, whether placed,
-- who changed it last and when) for the Dutch "intussen al ..." message.
create function private.lock_proposal(proposal uuid, expected_version integer) returns public.placement_proposals
  language plpgsql set search_path = ''
as $$
declare
  held public.placement_proposals;
  placement public.placements;
begin
  select * into held from public.placement_proposals p where p.id = proposal for update;
  if held.id is null then
    raise exception 'no such proposal' using errcode = '42501';
  end if;
  if held.version <> expected_version then
    select * into placement from public.placements pl where pl.proposal_id = held.id;
    raise exception 'the proposal was changed by someone else' using errcode = 'OH409',
      detail = jsonb_build_object(
        'status', held.status, 'version', held.version,
        'placed', placement.id is not null, 'ended', placement.ended_at is not null,
        'changed_by', coalesce(placement.placed_by, held.answered_by, held.proposed_by),
        'changed_at', coalesce(placement.placed_at, held.answered_at, held.proposed_at))::text;
  end if;
  return held;
end
$$;
revoke execute on function private.lock_proposal(uuid, integer) from public, anon, authenticated;

-- Puts a household on a need's shortlist (or answers the entry it already has). The need's
-- organisation's placement workers only, for a household in the need's region.
create function app.shortlist_household(need uuid, household uuid) returns uuid
  language plpgsql security definer set search_path = ''
as $$
declare
  held_need public.placement_needs;
  held_household public.households;
  saved public.placement_proposals;
begin
  select * into held_need from public.placement_needs n where n.id = need for update;
  select * into held_household from public.households h where h.id = household;
  if held_need.id is null or not private.has_role(held_need.organisation_id, 'placement_worker')
     or held_household.id is null or held_household.region_id <> held_need.region_id then
    raise exception 'only a placement worker of the need''s organisation shortlists, within its region' using errcode = '42501';
  end if;
  perform private.refuse_closed_need(held_need);
  select * into saved from public.placement_proposals p
    where p.need_id = held_need.id and p.household_id = held_household.id and p.status <> 'declined';
  if saved.id is not null then
    return saved.id;
  end if;
  if held_household.status <> 'active' then
    raise exception 'the household is not active' using errcode = 'OH422', detail = 'household_not_active';
  end if;
  insert into public.placement_proposals (need_id, household_id, proposing_organisation_id, owning_organisation_id, shortlisted_by)
    values (held_need.id, held_household.id, held_need.organisation_id, held_household.organisation_id, (select auth.uid()))
    returning * into saved;
  perform private.audit_placement_step('placement.shortlisted', saved, '{}');
  return saved.id;
end
$$;
revoke execute on function app.shortlist_household(uuid, uuid) from public, anon;
grant execute on function app.shortlist_household(uuid, uuid) to authenticated;

-- Proposes a shortlisted household to its organisation with a message. Answers the new version and
-- the addresses of the owning organisation's recruiters and placement workers, for the mail.
create function app.propose_household(proposal uuid, expected_version integer, message text)
  returns table (version integer, notify text[])
  language plpgsql security definer set search_path = ''
as $$
declare
  held public.placement_proposals;
  held_need public.placement_needs;
  held_household public.households;
  saved public.placement_proposals;
begin
  select * into held from public.placement_proposals p where p.id = proposal;
  if held.id is null or not private.has_role(held.proposing_organisation_id, 'placement_worker') then
    raise exception 'only a placement worker of the need''s organisation proposes' using errcode = '42501';
  end if;
  if length(trim(coalesce(message, ''))) = 0 or length(message) > 2000 then
    raise exception 'a proposal needs a message of at most 2000 characters' using errcode = '22023';
  end if;
  held := private.lock_proposal(proposal, expected_version);
  if held.status <> 'shortlisted' then
    raise exception 'only a shortlisted household is proposed' using errcode = 'OH422', detail = 'not_shortlisted';
  end if;
  select * into held_need from public.placement_needs n where n.id = held.need_id for update;
  perform private.refuse_closed_need(held_need);
  select * into held_household from public.households h where h.id = held.household_id;
  perform private.refuse_full_household(held_household, held_need);

  update public.placement_proposals p
    set status = 'proposed', message = trim(propose_household.message), proposed_by = (select auth.uid()),
        proposed_at = now(), version = p.version + 1
    where p.id = held.id
    returning * into saved;
  update public.placement_needs n set status = 'proposed', updated_at = now()
    where n.id = held_need.id and n.status in ('open', 'matching');
  perform private.audit_placement_step('placement.proposed', saved, '{}');
  return query
    select saved.version, coalesce(array_agg(distinct u.email::text order by u.email::text), '{}')
    from public.memberships m
    join auth.users u on u.id = m.user_id
    where m.organisation_id = saved.owning_organisation_id and m.role in ('recruiter', 'placement_worker')
      and u.email is not null;
end
$$;
revoke execute on function app.propose_household(uuid, integer, text) from public, anon;
grant execute on function app.propose_household(uuid, integer, text) to authenticated;

-- The owning organisation's recruiter or placement worker accepts or declines (with a reason code) a
-- proposal. Accepting checks that the household can still take the need. Answers the new version
-- and the proposer's address, for the mail.
create function app.answer_placement_proposal(
  proposal uuid, expected_version integer, accept boolean, reason text, note text
) returns table (version integer, notify text[])
  language plpgsql security definer set search_path = ''
as $$
declare
  held public.placement_proposals;
  held_need public.placement_needs;
  held_household public.households;
  saved public.placement_proposals;
begin
  select * into held from public.placement_proposals p where p.id = proposal;
  if held.id is null or not (private.has_role(held.owning_organisation_id, 'recruiter')
                             or private.has_role(held.owning_organisation_id, 'placement_worker')) then
    raise exception 'only the household''s organisation answers a proposal' using errcode = '42501';
  end if;
  if length(note) > 2000 then
    raise exception 'note is too long' using errcode = '22023';
  end if;
  held := private.lock_proposal(proposal, expected_version);
  if held.status <> 'proposed' then
    raise exception 'only a proposal waiting for an answer is answered' using errcode = 'OH422', detail = 'not_proposed';
  end if;
  select * into held_need from public.placement_needs n where n.id = held.need_id for update;
  if accept then
    perform private.refuse_closed_need(held_need);
    select * into held_household from public.households h where h.id = held.household_id;
    perform private.refuse_full_household(held_household, held_need);
  elsif reason is null or reason not in ('no_free_place', 'not_a_fit', 'timing', 'household_circumstances', 'other') then
    raise exception 'a decline needs a reason' using errcode = 'OH422', detail = 'reason_required';
  end if;

  update public.placement_proposals p
    set status = case when accept then 'accepted' else 'declined' end::public.placement_proposal_status,
        decline_reason = case when accept then null else reason end,
        answer_note = nullif(trim(note), ''), answered_by = (select auth.uid()), answered_at = now(),
        version = p.version + 1
    where p.id = held.id
    returning * into saved;
  -- A need whose last open proposal was declined is back to searching.
  if not accept then
    update public.placement_needs n set status = 'matching', updated_at = now()
      where n.id = held_need.id and n.status = 'proposed'
        and not exists (select 1 from public.placement_proposals p
                        where p.need_id = n.id and p.status in ('proposed', 'accepted'));
  end if;
  perform private.audit_placement_step(
    case when accept then 'placement.accepted' else 'placement.declined' end, saved,
    case when accept then '{}'::jsonb else jsonb_build_object('reason', reason) end);
  return query
    select saved.version, coalesce(array_agg(u.email::text), '{}')
    from auth.users u where u.id = saved.proposed_by and u.email is not null;
end
$$;
revoke execute on function app.answer_placement_proposal(uuid, integer, boolean, text, text) from public, anon;
grant execute on function app.answer_placement_proposal(uuid, integer, boolean, text, text) to authenticated;

-- Places the child with an accepted household: takes the places from the household's free places in
-- this transaction. The conditional update waits for a parallel placement into the same household
-- and then sees its result, so of two placements into the last free place exactly one succeeds; the
-- other is refused with OH422 no_free_place.
create function app.place_household(proposal uuid, expected_version integer) returns uuid
  language plpgsql security definer set search_path = ''
as $$
declare
  held public.placement_proposals;
  held_need public.placement_needs;
  places integer;
  saved public.placements;
begin
  select * into held from public.placement_proposals p where p.id = proposal;
  if held.id is null or not private.has_role(held.proposing_organisation_id, 'placement_worker') then
    raise exception 'only a placement worker of the need''s organisation places' using errcode = '42501';
  end if;
  held := private.lock_proposal(proposal, expected_version);
  if held.status <> 'accepted' then
    raise exception 'only an accepted proposal is placed' using errcode = 'OH422', detail = 'not_accepted';
  end if;
  select * into held_need from public.placement_needs n where n.id = held.need_id for update;
  perform private.refuse_closed_need(held_need);
  places := private.places_needed(held_need);

  update public.households h
    set places_free = h.places_free - places
    where h.id = held.household_id and h.status = 'active' and h.places_free >= places;
  if not found then
    raise exception 'the household has no free place left' using errcode = 'OH422', detail = 'no_free_place';
  end if;
  insert into public.placements (proposal_id, need_id, household_id, places, placed_by)
    values (held.id, held.need_id, held.household_id, places, (select auth.uid()))
    returning * into saved;
  update public.placement_proposals p set version = p.version + 1 where p.id = held.id;
  update public.placement_needs n set status = 'placed', status_reason = null, updated_at = now()
    where n.id = held_need.id;
  perform private.audit_placement_step('placement.placed', held,
    jsonb_build_object('placement_id', saved.id, 'places', places));
  return saved.id;
end
$$;
revoke execute on function app.place_household(uuid, integer) from public, anon;
grant execute on function app.place_household(uuid, integer) to authenticated;

-- Ends a placement with a reason code and gives its places back to the household, in this
-- transaction (never more than its total). The need's placement worker or the household's
-- organisation (recruiter or placement worker) ends it.
create function app.end_placement(placement uuid, reason text, note text) returns void
  language plpgsql security definer set search_path = ''
as $$
declare
  held public.placements;
  proposal public.placement_proposals;
begin
  select * into held from public.placements pl where pl.id = placement for update;
  select * into proposal from public.placement_proposals p where p.id = held.proposal_id;
  if held.id is null or not (private.has_role(proposal.proposing_organisation_id, 'placement_worker')
                             or private.has_role(proposal.owning_organisation_id, 'placement_worker')
                             or private.has_role(proposal.owning_organisation_id, 'recruiter')) then
    raise exception 'only the organisations involved end a placement' using errcode = '42501';
  end if;
  if held.ended_at is not null then
    raise exception 'the placement has ended already' using errcode = 'OH409',
      detail = jsonb_build_object('status', proposal.status, 'version', proposal.version, 'placed', true,
        'ended', true, 'changed_by', held.ended_by, 'changed_at', held.ended_at)::text;
  end if;
  if reason is null or reason not in ('completed', 'returned_home', 'moved_on', 'breakdown', 'other') then
    raise exception 'an end needs a reason' using errcode = 'OH422', detail = 'reason_required';
  end if;
  if length(note) > 2000 then
    raise exception 'note is too long' using errcode = '22023';
  end if;

  update public.placements pl
    set ended_at = now(), ended_by = (select auth.uid()), end_reason = reason, end_note = nullif(trim(note), '')
    where pl.id = held.id;
  update public.households h
    set places_free = least(h.places_total, h.places_free + held.places)
    where h.id = held.household_id;
  update public.placement_proposals p set version = p.version + 1 where p.id = proposal.id;
  perform private.audit_placement_step('placement.ended', proposal,
    jsonb_build_object('placement_id', held.id, 'reason', reason));
end
$$;
revoke execute on function app.end_placement(uuid, text, text) from public, anon;
grant execute on function app.end_placement(uuid, text, text) to authenticated;

-- The proposals the caller may see (the policy's condition), each with what both sides need to
-- decide: the need's non-identifying details (the owning organisation cannot read placement_needs),
-- the household's pseudonymous ones, and the placement if there is one. Filter by need or proposal.
create function app.placement_proposals_for_me(need uuid, proposal uuid)
  returns table (
    id uuid, status public.placement_proposal_status, version integer, message text, decline_reason text,
    answer_note text, shortlisted_by uuid, shortlisted_at timestamptz, proposed_by uuid, proposed_at timestamptz,
    answered_by uuid, answered_at timestamptz,
    proposing_organisation_id uuid, proposing_organisation_name text,
    owning_organisation_id uuid, owning_organisation_name text,
    need_id uuid, need_reference text, need_status public.placement_need_status, child_age integer,
    child_gender text, sibling_count integer, siblings_together boolean, urgency public.urgency,
    start_date date, care_form public.care_form, expected_duration text, needs text[],
    household_id uuid, household_label text, household_kind public.household_kind,
    household_status public.household_status, municipality text, places_free integer, places_total integer,
    capacity_updated_at timestamptz,
    placement_id uuid, places integer, placed_by uuid, placed_at timestamptz, ended_by uuid,
    ended_at timestamptz, end_reason text, end_note text
  )
  language sql stable security definer set search_path = ''
as $$
  select p.id, p.status, p.version, p.message, p.decline_reason, p.answer_note, p.shortlisted_by,
         p.shortlisted_at, p.proposed_by, p.proposed_at, p.answered_by, p.answered_at,
         p.proposing_organisation_id, po.name, p.owning_organisation_id, oo.name,
         n.id, n.reference, n.status, n.child_age, n.child_gender, n.sibling_count, n.siblings_together,
         n.urgency, n.start_date, n.care_form, n.expected_duration, n.needs,
         h.id, h.label, h.kind, h.status, h.municipality, h.places_free, h.places_total, h.capacity_updated_at,
         pl.id, pl.places, pl.placed_by, pl.placed_at, pl.ended_by, pl.ended_at, pl.end_reason, pl.end_note
  from public.placement_proposals p
  join public.placement_needs n on n.id = p.need_id
  join public.households h on h.id = p.household_id
  join public.organisations po on po.id = p.proposing_organisation_id
  join public.organisations oo on oo.id = p.owning_organisation_id
  left join public.placements pl on pl.proposal_id = p.id
  where (placement_proposals_for_me.need is null or p.need_id = placement_proposals_for_me.need)
    and (placement_proposals_for_me.proposal is null or p.id = placement_proposals_for_me.proposal)
    -- The same rule as the table's select policy.
    and (p.proposing_organisation_id in (select private.my_organisations('placement_worker'))
         or p.owning_organisation_id in (select private.my_organisations('placement_worker'))
         or p.owning_organisation_id in (select private.my_organisations('recruiter')))
  order by coalesce(p.answered_at, p.proposed_at, p.shortlisted_at) desc, p.id
$$;
revoke execute on function app.placement_proposals_for_me(uuid, uuid) from public, anon;
grant execute on function app.placement_proposals_for_me(uuid, uuid) to authenticated;

-- A household's name and contact: for its own organisation's staff (as the contacts table's policy),
-- and for a placement worker of an organisation whose proposal for it was accepted. Anyone else is
-- refused. The read is in the household organisation's audit log.
create function app.household_contact(household uuid)
  returns table (display_name text, email text, phone text)
  language plpgsql security definer set search_path = ''
as $$
declare
  owning uuid;
  reader uuid;
begin
  select h.organisation_id into owning from public.households h where h.id = household;
  if owning is null then
    raise exception 'no such household' using errcode = '42501';
  end if;
  if private.has_role(owning, 'recruiter') or private.has_role(owning, 'admin')
     or private.has_role(owning, 'placement_worker') then
    reader := owning;
  else
    select p.proposing_organisation_id into reader from public.placement_proposals p
      where p.household_id = household and p.status = 'accepted'
        and p.proposing_organisation_id in (select private.my_organisations('placement_worker'))
      limit 1;
  end if;
  if reader is null then
    raise exception 'the contact is for the household''s organisation and an accepted proposer only' using errcode = '42501';
  end if;
  insert into public.audit_log (actor_id, organisation_id, action, subject_type, subject_id, details)
    values ((select auth.uid()), owning, 'staff.read', 'household', household::text,
            jsonb_build_object('purpose', 'household_contact', 'reader_organisation_id', reader));
  return query
    select c.display_name, c.email, c.phone from public.household_contacts c where c.household_id = household;
end
$$;
revoke execute on function app.household_contact(uuid) from public, anon;
grant execute on function app.household_contact(uuid) to authenticated;
