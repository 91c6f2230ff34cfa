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
