import type { PlacementNeedDetails } from "../../domain/placement/need-form";
import { ChangedMeanwhileError, isPermissionDenied, UserFacingError } from "../errors";
import type { Geocoder } from "../geocode/port";
import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";
import { locateNeed } from "./locate-need";
import { isUniqueViolation, needColumns, referenceTakenMessage } from "./need-columns";

export const needNotEditableMessage = "Deze plaatsingsvraag bestaat niet of kan niet meer worden gewijzigd.";
export const needChangedMeanwhileMessage =
  "Iemand anders heeft deze plaatsingsvraag gewijzigd terwijl jij bezig was. Wat jij invulde staat nog in het formulier; vergelijk het met de actuele vraag en sla opnieuw op om die te vervangen.";

/**
 * Changes an open need of the caller's organisation, if nobody changed it since the form was shown;
 * placed and cancelled needs stay as they were.
 */
export async function updatePlacementNeed(
  db: Database,
  geocoder: Geocoder,
  claims: Claims,
  need: PlacementNeedDetails & { id: string; expectedUpdatedAt: string },
): Promise<void> {
  const located = await locateNeed(geocoder, { school: need.schoolLocation, parents: need.parentsLocation });
  const columns = needColumns(need, located);
  try {
    await withUser(db, claims, async (tx) => {
      const updated = await tx.query(
        `update public.placement_needs set ${columns.map(([name], index) => `${name} = $${index + 2}`).join(", ")}
         where id = $1 and status in ('open', 'matching', 'proposed') and updated_at::text = $${columns.length + 2}
         returning id`,
        [need.id, ...columns.map(([, value]) => value), need.expectedUpdatedAt],
      );
      if (updated.length > 0) return;
      const [current] = await tx.query(
        "select 1 from public.placement_needs where id = $1 and status in ('open', 'matching', 'proposed')",
        [need.id],
      );
      throw current
        ? new ChangedMeanwhileError(needChangedMeanwhileMessage)
        : new UserFacingError(needNotEditableMessage);
    });
  } catch (error) {
    if (isPermissionDenied(error)) throw new UserFacingError(needNotEditableMessage);
    if (isUniqueViolation(error)) throw new UserFacingError(referenceTakenMessage, "reference");
    throw error;
  }
}
