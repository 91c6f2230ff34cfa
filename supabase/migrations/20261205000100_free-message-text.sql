-- "Vrij bericht" sent the default text as it was: a greeting, blank lines and a sign-off, so a
-- recruiter could send an applicant an empty mail. A new placeholder, {{bericht}}, stands for the
-- text the recruiter types when sending (required when the template uses it), and the default free
-- message is built around it. Organisations that kept the old default text get the new one.

create or replace function private.unknown_mail_placeholders(template_text text) returns text[]
  language sql immutable set search_path = ''
as $$
  select coalesce(array_agg(distinct found[1] order by found[1]), '{}')
  from regexp_matches(template_text, '\{\{\s*([^{}]*?)\s*\}\}', 'g') as found
  where found[1] not in ('voornaam', 'achternaam', 'organisatie', 'datum', 'werver', 'fase', 'reden', 'bericht')
$$;
revoke execute on function private.unknown_mail_placeholders(text) from public, anon, authenticated;

update public.mail_templates
  set body = E'Beste {{voornaam}},\n\n{{bericht}}\n\nMet vriendelijke groet,\n{{werver}}\n{{organisatie}}'
  where template_key = 'general_message'
    and body = E'Beste {{voornaam}},\n\n\n\nMet vriendelijke groet,\n{{werver}}\n{{organisatie}}';
