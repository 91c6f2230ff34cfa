import { isPermissionDenied, UserFacingError } from "../errors";
import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";
import { needNotEditableMessage } from "./update-placement-need";

/** Cancels a need that is not yet placed, with the reason the placement worker gives. */
export async function cancelPlacementNeed(
  db: Database,
  claims: Claims,
  needId: string,
  reason: string,
): Promise<void> {
  try {
    await withUser(db, claims, async (tx) => {
      const cancelled = await tx.query(
        `update public.placement_needs set status = 'cancelled', status_reason = $2
         where id = $1 and status in ('open', 'matching', 'proposed') returning id`,
        [needId, reason],
      );
      if (cancelled.length === 0) throw new UserFacingError(needNotEditableMessage);
    });
  } catch (error) {
    if (isPermissionDenied(error)) throw new UserFacingError(needNotEditableMessage);
    throw error;
  }
}
