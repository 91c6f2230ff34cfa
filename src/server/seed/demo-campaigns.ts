import type { SqlExecutor } from "../sql/engine";
import { stableUuid } from "./random";

interface DemoCampaign {
  slug: string;
  organisationSlug: string;
  parentType: "foster" | "family_home" | "support";
  municipality: string | null;
  title: string;
  intro: string;
  evenings: "region" | "organisation" | "none";
  published: boolean;
}

// Fictional campaigns of the fictional providers: one online, one still a draft.
export const demoCampaigns: readonly DemoCampaign[] = [
  {
    slug: "pleegouder-in-houten",
    organisationSlug: "pleegzorg-utrecht-stad",
    parentType: "foster",
    municipality: "Houten",
    title: "Pleegouder worden in Houten",
    intro:
      "Kinderen uit Houten die even niet thuis kunnen wonen, moeten nu vaak naar een gezin ver weg. Met een pleeggezin in Houten blijven ze op hun eigen school en dicht bij hun vrienden.",
    evenings: "organisation",
    published: true,
  },
  {
    slug: "gezinshuis-op-de-heuvelrug",
    organisationSlug: "gezinshuizen-de-heuvelrug",
    parentType: "family_home",
    municipality: null,
    title: "Gezinshuisouder worden op de Heuvelrug",
    intro:
      "Een gezinshuis is een gewoon huis met een bijzonder gezin. Wij zoeken ouders op de Heuvelrug die van zorgen voor kinderen hun werk willen maken.",
    evenings: "region",
    published: false,
  },
];

/** The demo campaigns; a published one goes live only when it is first inserted, so a rerun changes nothing. */
export async function seedDemoCampaigns(tx: SqlExecutor): Promise<void> {
  const rows = demoCampaigns.map(({ organisationSlug, parentType, ...campaign }) => ({
    ...campaign,
    id: stableUuid(`recruiter-campaign/${campaign.slug}`),
    organisation_slug: organisationSlug,
    parent_type: parentType,
  }));
  const inserted = await tx.query<{ id: string }>(
    `insert into public.recruiter_campaigns
       (id, organisation_id, region_id, slug, parent_type, municipality, title, intro, evenings)
     select v.id, o.id, o.region_id, v.slug, v.parent_type, v.municipality, v.title, v.intro, v.evenings
     from jsonb_to_recordset($1::text::jsonb) as v(
       id uuid, organisation_slug text, slug text, parent_type public.parent_type, municipality text,
       title text, intro text, evenings public.campaign_evenings)
     join public.organisations o on o.slug = v.organisation_slug
     on conflict (id) do nothing
     returning id`,
    [JSON.stringify(rows)],
  );
  const toPublish = rows.filter((row) => row.published).map((row) => row.id);
  await tx.query("update public.recruiter_campaigns set published = true where id = any($1::uuid[])", [
    inserted.map((row) => row.id).filter((id) => toPublish.includes(id)),
  ]);
}
