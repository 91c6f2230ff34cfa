import type { Database } from "../sql/engine";
import { withUser } from "../sql/with-user";

export interface PublishedCampaignEntry {
  slug: string;
  updatedAt: Date;
}

/** Every published campaign's address and last change, for the sitemap. */
export async function listPublishedRecruiterCampaigns(db: Database): Promise<PublishedCampaignEntry[]> {
  const rows = await withUser(db, null, (tx) =>
    tx.query<{ slug: string; updated_at: Date | string }>(
      "select slug, updated_at from public.recruiter_campaigns where published order by slug",
    ),
  );
  return rows.map((row) => ({ slug: row.slug, updatedAt: new Date(row.updated_at) }));
}
