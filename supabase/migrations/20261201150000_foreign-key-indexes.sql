-- Every foreign key gets an index that covers it (Supabase's linter 0001): deleting an account,
-- which retention and deletion requests now do, sets `*_by` columns to null across tables, and
-- without these each deletion scans them whole.

create index memberships_granted_by_idx on public.memberships (granted_by);
create index staff_invitations_invited_by_idx on public.staff_invitations (invited_by);
create index staff_invitations_organisation_idx on public.staff_invitations (organisation_id);
create index households_capacity_updated_by_idx on public.households (capacity_updated_by);
create index households_organisation_region_idx on public.households (organisation_id, region_id);
create index placement_needs_created_by_idx on public.placement_needs (created_by);
create index placement_needs_organisation_region_idx on public.placement_needs (organisation_id, region_id);
create index placement_needs_region_idx on public.placement_needs (region_id);
create index applications_region_idx on public.applications (region_id);
create index application_stage_history_actor_idx on public.application_stage_history (actor_id);
create index information_evenings_created_by_idx on public.information_evenings (created_by);
create index information_evenings_organisation_region_idx on public.information_evenings (organisation_id, region_id);
create index retention_settings_updated_by_idx on public.retention_settings (updated_by);
create index deletion_requests_organisation_idx on private.deletion_requests (organisation_id);
create index deletion_requests_region_idx on private.deletion_requests (region_id);
create index deletion_requests_handled_by_idx on private.deletion_requests (handled_by);
