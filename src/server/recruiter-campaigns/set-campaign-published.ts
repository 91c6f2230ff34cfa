import { notAllowedMessage, UserFacingError } from "../errors";
import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";

/** Puts a campaign's page online or takes it offline; the next request for /actie/<slug> sees it. */
export async function setCampaignPublished(
  db: Database,
  claims: Claims,
  campaignId: string,
  published: boolean,
): Promise<void> {
  await withUser(db, claims, async (tx) => {
    const updated = await tx.query(
      "update public.recruiter_campaigns set published = $2 where id = $1 returning id",
      [campaignId, published],
    );
    if (updated.length === 0) throw new UserFacingError(notAllowedMessage);
  });
}
