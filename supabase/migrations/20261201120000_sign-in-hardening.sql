-- Sign-in hardening: sessions the server can end, a lock against guessing codes across many codes,
-- and staff invitations that only the invited person can accept.

-- Local sessions: the cookie carries the id (jti); every request checks it is still open here, and
-- signing out closes it, so a copied cookie stops working. Supabase Auth keeps its own sessions.
create table private.sessions (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id) on delete cascade,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  revoked_at timestamptz
);
create index sessions_user_idx on private.sessions (user_id);
alter table private.sessions enable row level security;
grant select, insert, update, delete on private.sessions to service_role;

-- Staff invitations: a random token mailed to the invited address, kept here only as a hash, valid
-- for 7 days and used once. Accepting takes that token and a signed-in account whose confirmed
-- address is the invited one; signing in (or signing up on Supabase) alone grants nothing.
-- Invitations made before this migration carry no token: an admin re-sends them.
alter table public.staff_invitations
  add column token_hash text unique,
  add column expires_at timestamptz not null default now() + interval '7 days';
-- Admins list invitations; the token hash is for the accepting function only.
revoke select on public.staff_invitations from authenticated;
grant select (id, email, organisation_id, role, invited_by, created_at, expires_at)
  on public.staff_invitations to authenticated;

drop function app.accept_staff_invitations();
drop function app.grant_staff_role(uuid, text, public.staff_role);

-- A role for a confirmed account at once (the admin names a person who proved that address), else
-- an invitation with `invitation_token`. An expired invitation for the same role is renewed.
create function app.grant_staff_role(
  organisation uuid, invitee_email text, granted public.staff_role, invitation_token text
) returns text
  language plpgsql security definer set search_path = ''
as $$
declare
  normalized text := lower(trim(invitee_email));
  invitee uuid;
  added integer;
begin
  if not private.has_role(organisation, 'admin') then
    raise exception 'only an admin of this organisation may grant roles' using errcode = '42501';
  end if;
  if normalized !~ '^[^@\s]+@[^@\s]+\.[^@\s]+$' then
    raise exception 'invalid email address' using errcode = '22023';
  end if;
  if length(invitation_token) < 32 then
    raise exception 'an invitation token needs at least 32 characters' using errcode = '22023';
  end if;
  -- Only a confirmed address: an unconfirmed account may be someone else's sign-up with it.
  select id into invitee from auth.users
  where lower(email) = normalized and email_confirmed_at is not null;
  if invitee is null then
    insert into public.staff_invitations (email, organisation_id, role, invited_by, token_hash, expires_at)
      values (normalized, organisation, granted, (select auth.uid()), private.hash_token(invitation_token),
              now() + interval '7 days')
      on conflict (email, organisation_id, role) do update
        set token_hash = excluded.token_hash, expires_at = excluded.expires_at,
            invited_by = excluded.invited_by, created_at = now()
        where public.staff_invitations.expires_at <= now();
  else
    insert into public.memberships (user_id, organisation_id, role, granted_by)
      values (invitee, organisation, granted, (select auth.uid()))
      on conflict (user_id, organisation_id, role) do nothing;
  end if;
  -- Granting what someone already has (a form sent twice) changes, logs and mails nothing.
  get diagnostics added = row_count;
  if added = 0 then
    return 'unchanged';
  end if;
  insert into public.audit_log (actor_id, organisation_id, action, subject_type, subject_id, details)
    values ((select auth.uid()), organisation, 'staff_role.granted',
            case when invitee is null then 'invitation' else 'user' end,
            coalesce(invitee::text, normalized), jsonb_build_object('role', granted, 'email', normalized));
  return case when invitee is null then 'invited' else 'granted' end;
end
$$;

-- A new token and 7 more days for an open invitation; the old link stops working.
create function app.resend_staff_invitation(invitation uuid, invitation_token text)
  returns table (email text, organisation_id uuid, role public.staff_role)
  language plpgsql security definer set search_path = ''
as $$
declare
  renewed public.staff_invitations;
begin
  select * into renewed from public.staff_invitations i where i.id = invitation;
  if renewed.id is null or not private.has_role(renewed.organisation_id, 'admin') then
    raise exception 'only an admin of this organisation may re-send invitations' using errcode = '42501';
  end if;
  if length(invitation_token) < 32 then
    raise exception 'an invitation token needs at least 32 characters' using errcode = '22023';
  end if;
  update public.staff_invitations i
    set token_hash = private.hash_token(invitation_token), expires_at = now() + interval '7 days'
    where i.id = invitation;
  insert into public.audit_log (actor_id, organisation_id, action, subject_type, subject_id, details)
    values ((select auth.uid()), renewed.organisation_id, 'staff_invitation.resent', 'invitation',
            renewed.email, jsonb_build_object('role', renewed.role, 'email', renewed.email));
  return query select renewed.email, renewed.organisation_id, renewed.role;
end
$$;

-- The invited person's click: 'accepted', 'other_address' (signed in with another address; the
-- invitation stays open) or 'invalid' (unknown, used, withdrawn or expired).
create function app.accept_staff_invitation(invitation_token text) returns text
  language plpgsql security definer set search_path = ''
as $$
declare
  caller uuid := (select auth.uid());
  caller_email text;
  offered public.staff_invitations;
begin
  select * into offered from public.staff_invitations
  where token_hash = private.hash_token(invitation_token) and expires_at > now()
  for update;
  if offered.id is null then
    return 'invalid';
  end if;
  -- The confirmed address from auth.users, not the token's claim.
  select lower(u.email) into caller_email from auth.users u
  where u.id = caller and u.email_confirmed_at is not null;
  if caller_email is distinct from offered.email then
    return 'other_address';
  end if;
  delete from public.staff_invitations where id = offered.id;
  insert into public.memberships (user_id, organisation_id, role, granted_by)
    values (caller, offered.organisation_id, offered.role, offered.invited_by)
    on conflict (user_id, organisation_id, role) do nothing;
  insert into public.audit_log (actor_id, organisation_id, action, subject_type, subject_id, details)
    values (caller, offered.organisation_id, 'staff_invitation.accepted', 'user', caller::text,
            jsonb_build_object('role', offered.role, 'email', caller_email));
  return 'accepted';
end
$$;

revoke execute on function app.grant_staff_role(uuid, text, public.staff_role, text) from public, anon;
revoke execute on function app.resend_staff_invitation(uuid, text) from public, anon;
revoke execute on function app.accept_staff_invitation(text) from public, anon;
grant execute on function app.grant_staff_role(uuid, text, public.staff_role, text) to authenticated;
grant execute on function app.resend_staff_invitation(uuid, text) to authenticated;
grant execute on function app.accept_staff_invitation(text) to authenticated;
