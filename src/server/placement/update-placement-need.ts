import type { PlacementNeedDetails } from "../../domain/placement/need-form";
import { isPermissionDenied, UserFacingError } from "../errors";
import type { Geocoder } from "../geocode/port";
import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";
import { locateNeed } from "./locate-need";
import { isUniqueViolation, needColumns, referenceTakenMessage } from "./need-columns";

export const needNotEditableMessage = "Deze plaatsingsvraag bestaat niet of kan niet meer worden gewijzigd.";

/** Changes an open need of the caller's organisation; placed and cancelled needs stay as they were. */
export async function updatePlacementNeed(
  db: Database,
  geocoder: Geocoder,
  claims: Claims,
  need: PlacementNeedDetails & { id: string },
): Promise<void> {
  const located = await locateNeed(geocoder, { school: need.schoolLocation, parents: need.parentsLocation });
  const columns = needColumns(need, located);
  try {
    await withUser(db, claims, async (tx) => {
      const updated = await tx.query(
        `update public.placement_needs set ${columns.map(([name], index) => `${name} = $${index + 2}`).join(", ")}
         where id = $1 and status in ('open', 'matching', 'proposed')
         returning id`,
        [need.id, ...columns.map(([, value]) => value)],
      );
      if (updated.length === 0) throw new UserFacingError(needNotEditableMessage);
    });
  } catch (error) {
    if (isPermissionDenied(error)) throw new UserFacingError(needNotEditableMessage);
    if (isUniqueViolation(error)) throw new UserFacingError(referenceTakenMessage, "reference");
    throw error;
  }
}
