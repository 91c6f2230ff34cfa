import type { Campaign } from "../../domain/campaigns/campaign";
import type { InformationEvening } from "../../domain/evenings/evening";
import { listNextEvenings } from "../evenings/list-next-evenings";
import { findOrganisationsServing } from "../regional-finder/find-organisations-serving";
import { readWhereYouLive } from "../regional-finder/where-you-live";
import type { Database } from "../sql/engine";
import type { Claims } from "../sql/with-user";

const shown = 3;

/**
 * The next evenings near a campaign page's visitor: near the postcode or place they gave the finder
 * when we serve it, else near the campaign's organisation or region, else the soonest anywhere.
 */
export async function findEveningsNearCampaign(
  db: Database,
  claims: Claims | null,
  campaign: Campaign,
  typed: string | null,
): Promise<{ evenings: InformationEvening[]; placeName?: string }> {
  const where = readWhereYouLive(typed);
  if (where.kind !== "problem") {
    const answer = await findOrganisationsServing(db, claims, where);
    if (answer.outcome === "found") {
      const organisationIds = answer.organisations.map(({ id }) => id);
      return {
        evenings: await listNextEvenings(db, claims, { organisationIds }, shown),
        placeName: answer.placeName ?? typed?.trim(),
      };
    }
  }
  const { organisation, region } = campaign.content;
  const evenings = await listNextEvenings(
    db,
    claims,
    { organisationName: organisation?.name, regionName: organisation ? undefined : region },
    shown,
  );
  return { evenings, placeName: organisation ? undefined : region };
}
