-- The follow-up history (who was assigned, which next action was set) is part of the applicant's
-- timeline and append-only for every role, the service too, like the stage history. Two changes
-- happen without anyone editing it: its rows go with their application when that is erased
-- (retention, a deletion request), and a deleted account sets actor or assignee to null.
create function private.refuse_follow_up_event_change() returns trigger
  language plpgsql set search_path = ''
as $$
begin
  if tg_op = 'DELETE'
     and not exists (select 1 from public.applications a where a.id = old.application_id) then
    return old;
  end if;
  if tg_op = 'UPDATE'
     and (new.actor_id is null or new.actor_id is not distinct from old.actor_id)
     and (new.assigned_recruiter_id is null or new.assigned_recruiter_id is not distinct from old.assigned_recruiter_id)
     and (new.id, new.application_id, new.organisation_id, new.kind, new.next_action, new.next_action_due, new.at)
         is not distinct from
         (old.id, old.application_id, old.organisation_id, old.kind, old.next_action, old.next_action_due, old.at) then
    return new;
  end if;
  raise exception 'the follow-up history is append-only' using errcode = '42501';
end
$$;
revoke execute on function private.refuse_follow_up_event_change() from public, anon, authenticated;

create trigger application_follow_up_events_append_only before update or delete on public.application_follow_up_events
  for each row execute function private.refuse_follow_up_event_change();
create trigger application_follow_up_events_no_truncate before truncate on public.application_follow_up_events
  for each statement execute function private.refuse_follow_up_event_change();

revoke update, delete, truncate on public.application_follow_up_events from service_role;
