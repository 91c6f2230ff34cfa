-- Parents' stories on a recruiter's campaign page (issue 10, point 5): the recruiter picks which of
-- the site's stories ("ervaringsverhalen", Markdown in src/content/stories/nl) the page shows, in
-- the order the form lists them. The stories live in the code, not in the database, so the server
-- checks each slug against them; the database only keeps the list well-formed and short.
alter table public.recruiter_campaigns
  add column stories text[] not null default '{}'
  check (
    cardinality(stories) <= 12
    and array_position(stories, null) is null
    and array_to_string(stories, ' ') ~ '^([a-z0-9]+(-[a-z0-9]+)*( [a-z0-9]+(-[a-z0-9]+)*)*)?$'
  );

comment on column public.recruiter_campaigns.stories is
  'Slugs of the Dutch stories (src/content/stories/nl/<slug>.md) the page shows, in order.';

-- Public like the rest of the page; recruiters choose them as they write the page.
grant select (stories) on public.recruiter_campaigns to anon, authenticated;
grant insert (stories), update (stories) on public.recruiter_campaigns to authenticated;
