/** SQL condition: the evening `e` belongs to an organisation where the caller is recruiter or admin. */
export const managedByCaller = `exists (
  select 1 from public.memberships m
  where m.user_id = (select auth.uid()) and m.organisation_id = e.organisation_id and m.role in ('recruiter', 'admin')
)`;
