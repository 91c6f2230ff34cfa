import type { ParentType } from "../../domain/parent-types";
import type { CampaignEvenings } from "../../domain/recruiter-campaigns/campaign-form";
import type { RecruiterCampaign } from "../../domain/recruiter-campaigns/recruiter-campaign";

/** A campaign's page columns with its organisation and region; use with `campaignJoins`. */
export const campaignColumns = `
  c.id, c.slug, c.parent_type, c.title, c.intro, c.municipality, c.evenings, c.organisation_id,
  o.name as organisation_name, r.slug as region_slug, r.name as region_name, c.published,
  c.published_at, c.updated_at, c.stories`;

export const campaignJoins = `
  public.recruiter_campaigns c
  join public.organisations o on o.id = c.organisation_id
  join public.regions r on r.id = c.region_id`;

export interface CampaignRow {
  id: string;
  slug: string;
  parent_type: ParentType;
  title: string;
  intro: string;
  municipality: string | null;
  evenings: CampaignEvenings;
  organisation_id: string;
  organisation_name: string;
  region_slug: string;
  region_name: string;
  published: boolean;
  published_at: Date | string | null;
  updated_at: Date | string;
  stories: string[];
}

export function toRecruiterCampaign(row: CampaignRow): RecruiterCampaign {
  return {
    id: row.id,
    slug: row.slug,
    parentType: row.parent_type,
    title: row.title,
    intro: row.intro,
    municipality: row.municipality,
    evenings: row.evenings,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    regionSlug: row.region_slug,
    regionName: row.region_name,
    published: row.published,
    publishedAt: row.published_at === null ? null : new Date(row.published_at),
    updatedAt: new Date(row.updated_at),
    stories: row.stories,
  };
}
