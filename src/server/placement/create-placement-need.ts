import type { PlacementNeedDetails } from "../../domain/placement/need-form";
import { isPermissionDenied, notAllowedMessage, UserFacingError } from "../errors";
import type { Geocoder } from "../geocode/port";
import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";
import { locateNeed } from "./locate-need";
import { isUniqueViolation, needColumns, referenceTakenMessage } from "./need-columns";

export interface NewPlacementNeed extends PlacementNeedDetails {
  /** Made when the form was shown: submitting the same form twice records one need. */
  id: string;
  organisationId: string;
}

/** Records a need for an organisation where the caller is a placement worker (RLS decides). */
export async function createPlacementNeed(
  db: Database,
  geocoder: Geocoder,
  claims: Claims,
  need: NewPlacementNeed,
): Promise<string> {
  const located = await locateNeed(geocoder, { school: need.schoolLocation, parents: need.parentsLocation });
  const columns = needColumns(need, located);
  try {
    return await withUser(db, claims, async (tx) => {
      const [existing] = await tx.query("select 1 from public.placement_needs where id = $1", [need.id]);
      if (existing) return need.id;
      await tx.query(
        `insert into public.placement_needs (id, organisation_id, region_id, ${columns.map(([name]) => name).join(", ")})
         select $1, o.id, o.region_id, ${columns.map((_, index) => `$${index + 3}`).join(", ")}
         from public.organisations o where o.id = $2`,
        [need.id, need.organisationId, ...columns.map(([, value]) => value)],
      );
      const [created] = await tx.query("select 1 from public.placement_needs where id = $1", [need.id]);
      if (!created) throw new UserFacingError(notAllowedMessage);
      return need.id;
    });
  } catch (error) {
    if (isPermissionDenied(error)) throw new UserFacingError(notAllowedMessage);
    if (isUniqueViolation(error)) throw new UserFacingError(referenceTakenMessage, "reference");
    throw error;
  }
}
