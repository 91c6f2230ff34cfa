-- A waiting-list registration's place in line, for the mail that confirms it. Read with the cancel
-- token the mail carries, so it tells only the token's holder. The page that registered someone does
-- not show it: the answer for an address already on the list would differ from a new one's.

create function app.waiting_list_place(cancel_token text)
  returns integer
  language sql stable security definer set search_path = ''
as $$
  select count(*)::integer
  from private.evening_registration_tokens t
  join public.evening_registrations own on own.id = t.registration_id and own.status = 'waitlisted'
  join public.evening_registrations ahead
    on ahead.evening_id = own.evening_id
   and ahead.status = 'waitlisted'
   -- the order in which private.settle_evening gives out places
   and (ahead.registered_at, ahead.id) <= (own.registered_at, own.id)
  where t.token_hash = private.hash_token(cancel_token)
$$;

revoke execute on function app.waiting_list_place(text) from public;
grant execute on function app.waiting_list_place(text) to anon, authenticated;
