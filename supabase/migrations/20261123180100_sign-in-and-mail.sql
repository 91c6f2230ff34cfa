-- Local email sign-in codes and the mail outbox. Both live in the private schema: only the server,
-- as service_role, reads or writes them; no API ever exposes them.

create table private.sign_in_codes (
  id uuid primary key default gen_random_uuid(),
  email text not null check (email = lower(email)),
  code_hash text not null,
  link_hash text not null unique,
  expires_at timestamptz not null,
  attempts integer not null default 0,
  used_at timestamptz,
  created_at timestamptz not null default now()
);
create index sign_in_codes_email_idx on private.sign_in_codes (email, created_at desc);
alter table private.sign_in_codes enable row level security;

create table private.mail_outbox (
  id uuid primary key default gen_random_uuid(),
  kind text not null,
  to_address text not null,
  subject text not null,
  html text not null,
  text text not null,
  attachments jsonb not null default '[]'::jsonb,
  status text not null default 'pending' check (status in ('pending', 'sent', 'failed')),
  attempts integer not null default 0,
  next_attempt_at timestamptz not null default now(),
  last_error text,
  provider_message_id text,
  created_at timestamptz not null default now(),
  sent_at timestamptz
);
create index mail_outbox_due_idx on private.mail_outbox (next_attempt_at) where status = 'pending';
alter table private.mail_outbox enable row level security;

grant select, insert, update, delete on private.sign_in_codes, private.mail_outbox to service_role;
