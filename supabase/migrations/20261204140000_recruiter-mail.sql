-- Follow-ups and mail (issue 7, point 5): per organisation how many quiet days flag an applicant on
-- the board, mail templates per step with placeholders (defaults for everyone, an organisation's own
-- text where it changed one), the mails a recruiter sent an applicant (their timeline), and the
-- reminders a half-finished application gets, once each.

-- How many days without a move flag an applicant on the board. No row: the default, 14.
create table public.recruitment_settings (
  organisation_id uuid primary key references public.organisations (id) on delete cascade,
  quiet_after_days integer not null default 14 check (quiet_after_days between 1 and 365),
  updated_by uuid references auth.users (id) on delete set null,
  updated_at timestamptz not null default now()
);
create index recruitment_settings_updated_by_idx on public.recruitment_settings (updated_by);
alter table public.recruitment_settings enable row level security;
grant select on public.recruitment_settings to authenticated;
create policy "staff see their organisation's recruitment settings"
  on public.recruitment_settings for select to authenticated
  using (
    organisation_id in (select private.my_organisations('recruiter'))
    or organisation_id in (select private.my_organisations('admin'))
  );

create function app.set_quiet_after_days(organisation uuid, days integer) returns void
  language plpgsql security definer set search_path = ''
as $$
begin
  if organisation is null or not private.has_role(organisation, 'admin') then
    raise exception 'only an admin of this organisation changes its follow-up settings' using errcode = '42501';
  end if;
  if days is null or days not between 1 and 365 then
    raise exception 'quiet days are 1 to 365' using errcode = '22023';
  end if;
  insert into public.recruitment_settings as s (organisation_id, quiet_after_days, updated_by)
    values (organisation, days, (select auth.uid()))
    on conflict (organisation_id) do update
      set quiet_after_days = excluded.quiet_after_days, updated_by = excluded.updated_by, updated_at = now();
  insert into public.audit_log (actor_id, organisation_id, action, subject_type, subject_id, details)
    values ((select auth.uid()), organisation, 'recruitment_settings.changed', 'organisation', organisation::text,
            jsonb_build_object('quiet_after_days', days));
end
$$;
revoke execute on function app.set_quiet_after_days(uuid, integer) from public, anon;
grant execute on function app.set_quiet_after_days(uuid, integer) to authenticated;

-- What a recruiter sends at a step. The row without an organisation is the default text; an
-- organisation that edits a template gets its own row. Placeholders are {{name}}; which names exist
-- is src/domain/mail-templates/placeholders.ts, checked again on saving here.
create table public.mail_templates (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid references public.organisations (id) on delete cascade,
  template_key text not null check (template_key in (
    'introduction_invitation', 'home_visit_invitation', 'documents_request', 'training_invitation',
    'decision_suitable', 'decision_unsuitable', 'general_message'
  )),
  subject text not null check (length(trim(subject)) between 1 and 150),
  body text not null check (length(trim(body)) between 1 and 4000),
  updated_by uuid references auth.users (id) on delete set null,
  updated_at timestamptz not null default now(),
  unique nulls not distinct (organisation_id, template_key)
);
create index mail_templates_updated_by_idx on public.mail_templates (updated_by);
alter table public.mail_templates enable row level security;
-- Reads only; changes go through app.save_mail_template, which checks the text and audits.
grant select on public.mail_templates to authenticated;
create policy "staff see the default templates and their organisation's own"
  on public.mail_templates for select to authenticated
  using (
    organisation_id is null
    or organisation_id in (select private.my_organisations('recruiter'))
    or organisation_id in (select private.my_organisations('admin'))
  );

insert into public.mail_templates (organisation_id, template_key, subject, body) values
  (null, 'introduction_invitation', 'Uitnodiging voor een kennismakingsgesprek',
   E'Beste {{voornaam}},\n\nLeuk dat je je hebt aangemeld bij {{organisatie}}. We nodigen je graag uit voor een kennismakingsgesprek op {{datum}}. We praten over je motivatie, je gezin en welke vorm van zorg bij je past.\n\nKun je op dat moment niet? Laat het ons weten, dan zoeken we samen een ander moment.\n\nMet vriendelijke groet,\n{{werver}}\n{{organisatie}}'),
  (null, 'home_visit_invitation', 'Afspraak voor een huisbezoek',
   E'Beste {{voornaam}},\n\nIn het gezinsonderzoek komen we graag bij je thuis op bezoek. Ons voorstel is {{datum}}. We maken kennis met iedereen in huis en bekijken samen wat er nodig is om een kind op te vangen.\n\nPast dit moment niet? Laat het ons weten.\n\nMet vriendelijke groet,\n{{werver}}\n{{organisatie}}'),
  (null, 'documents_request', 'Wat we nog van je nodig hebben',
   E'Beste {{voornaam}},\n\nVoor de volgende stap ({{fase}}) hebben we nog een paar dingen van je nodig, zoals de aanvraag van de verklaring van geen bezwaar voor iedereen van 12 jaar en ouder in je huis. In Mijn aanmelding zie je precies wat er nog openstaat.\n\nHeb je vragen? Antwoord gerust op deze e-mail.\n\nMet vriendelijke groet,\n{{werver}}\n{{organisatie}}'),
  (null, 'training_invitation', 'Uitnodiging voor de voorbereidingstraining',
   E'Beste {{voornaam}},\n\nJe bent welkom in de voorbereidingstraining van {{organisatie}}. De eerste bijeenkomst is op {{datum}}. In de training leer je wat pleegzorg van je vraagt en ontmoet je andere aspirant-pleegouders.\n\nLaat je ons weten of je erbij bent?\n\nMet vriendelijke groet,\n{{werver}}\n{{organisatie}}'),
  (null, 'decision_suitable', 'Ons besluit over je aanmelding',
   E'Beste {{voornaam}},\n\nWe hebben je aanmelding en het gezinsonderzoek afgerond. Ons besluit: je bent geschikt bevonden. Dit is onze onderbouwing:\n\n{{reden}}\n\nJe mag het verslag lezen en feitelijke onjuistheden laten corrigeren. We nemen binnenkort contact met je op over de volgende stap.\n\nMet vriendelijke groet,\n{{werver}}\n{{organisatie}}'),
  (null, 'decision_unsuitable', 'Ons besluit over je aanmelding',
   E'Beste {{voornaam}},\n\nWe hebben je aanmelding en het onderzoek zorgvuldig afgerond. Helaas hebben we besloten dat we niet met je verder gaan. Dit is onze onderbouwing:\n\n{{reden}}\n\nJe mag het verslag lezen en feitelijke onjuistheden laten corrigeren. Wil je hierover praten? Antwoord dan op deze e-mail.\n\nMet vriendelijke groet,\n{{werver}}\n{{organisatie}}'),
  (null, 'general_message', 'Bericht over je aanmelding',
   E'Beste {{voornaam}},\n\n\n\nMet vriendelijke groet,\n{{werver}}\n{{organisatie}}');

-- The placeholders a template may use; anything else between {{ and }} is refused.
create function private.unknown_mail_placeholders(template_text text) returns text[]
  language sql immutable set search_path = ''
as $$
  select coalesce(array_agg(distinct found[1] order by found[1]), '{}')
  from regexp_matches(template_text, '\{\{\s*([^{}]*?)\s*\}\}', 'g') as found
  where found[1] not in ('voornaam', 'achternaam', 'organisatie', 'datum', 'werver', 'fase', 'reden')
$$;
revoke execute on function private.unknown_mail_placeholders(text) from public, anon, authenticated;

create function app.save_mail_template(organisation uuid, which_template text, new_subject text, new_body text) returns uuid
  language plpgsql security definer set search_path = ''
as $$
declare
  saved uuid;
begin
  if organisation is null
     or not (private.has_role(organisation, 'recruiter') or private.has_role(organisation, 'admin')) then
    raise exception 'only a recruiter or admin of this organisation edits its templates' using errcode = '42501';
  end if;
  if cardinality(private.unknown_mail_placeholders(new_subject || ' ' || new_body)) > 0 then
    raise exception 'unknown placeholder' using errcode = '22023';
  end if;
  insert into public.mail_templates as t (organisation_id, template_key, subject, body, updated_by)
    values (organisation, which_template, trim(new_subject), new_body, (select auth.uid()))
    on conflict (organisation_id, template_key) do update
      set subject = excluded.subject, body = excluded.body, updated_by = excluded.updated_by, updated_at = now()
    returning t.id into saved;
  insert into public.audit_log (actor_id, organisation_id, action, subject_type, subject_id, details)
    values ((select auth.uid()), organisation, 'mail_template.changed', 'mail_template', saved::text,
            jsonb_build_object('template_key', which_template));
  return saved;
end
$$;
revoke execute on function app.save_mail_template(uuid, text, text, text) from public, anon;
grant execute on function app.save_mail_template(uuid, text, text, text) to authenticated;

-- Mail a recruiter sent an applicant through the outbox: the timeline of both. The subject as sent
-- (the body lives in the outbox, emptied once a real mailbox has it); it goes with the application.
create table public.applicant_mails (
  id uuid primary key default gen_random_uuid(),
  application_id uuid not null references public.applications (id) on delete cascade,
  organisation_id uuid not null references public.organisations (id),
  template_key text not null,
  subject text not null check (length(subject) <= 200),
  outbox_id uuid not null,
  sent_by uuid references auth.users (id) on delete set null,
  sent_at timestamptz not null default now()
);
create index applicant_mails_application_idx on public.applicant_mails (application_id, sent_at);
create index applicant_mails_organisation_idx on public.applicant_mails (organisation_id);
create index applicant_mails_sent_by_idx on public.applicant_mails (sent_by);
alter table public.applicant_mails enable row level security;
grant select on public.applicant_mails to authenticated;
-- The applicant reads what was sent to them (through the applications policy); staff of the
-- organisation read them all.
create policy "applicants and their organisation's staff see the mails sent"
  on public.applicant_mails for select to authenticated
  using (
    organisation_id in (select private.my_organisations('recruiter'))
    or organisation_id in (select private.my_organisations('admin'))
    or exists (select 1 from public.applications a where a.id = application_id and a.user_id = (select auth.uid()))
  );

-- Records a mail the server queued in the same transaction; a recruiter of the application's
-- organisation only, never to a draft.
create function app.record_applicant_mail(application uuid, which_template text, sent_subject text, outbox uuid) returns uuid
  language plpgsql security definer set search_path = ''
as $$
declare
  held public.applications;
  recorded uuid;
begin
  select * into held from public.applications a where a.id = application;
  if held.id is null or held.organisation_id is null or held.status = 'draft'
     or not private.has_role(held.organisation_id, 'recruiter') then
    raise exception 'only a recruiter of its organisation mails an applicant' using errcode = '42501';
  end if;
  insert into public.applicant_mails (application_id, organisation_id, template_key, subject, outbox_id, sent_by)
    values (held.id, held.organisation_id, which_template, sent_subject, outbox, (select auth.uid()))
    returning id into recorded;
  insert into public.audit_log (actor_id, organisation_id, action, subject_type, subject_id, details)
    values ((select auth.uid()), held.organisation_id, 'applicant_mail.sent', 'application', held.id::text,
            jsonb_build_object('template_key', which_template));
  return recorded;
end
$$;
revoke execute on function app.record_applicant_mail(uuid, text, text, uuid) from public, anon;
grant execute on function app.record_applicant_mail(uuid, text, text, uuid) to authenticated;

-- Reminders for applications whose owner confirmed their address but never sent them: the first
-- after 3 days, the second after 10. One row per application per reminder, written in the
-- transaction that queues the mail: the unique key is what keeps a second run (or server) quiet.
create table private.draft_reminders (
  application_id uuid not null references public.applications (id) on delete cascade,
  reminder smallint not null check (reminder in (1, 2)),
  sent_at timestamptz not null default now(),
  primary key (application_id, reminder)
);
alter table private.draft_reminders enable row level security;
grant select, insert, update, delete on private.draft_reminders to service_role;
