import type { EndReason } from "../../domain/placement/workflow";
import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";
import { withStepErrors } from "./placement-step-errors";

/** Ends a placement with a reason; the household's free places go up in the same transaction. */
export async function endPlacement(
  db: Database,
  claims: Claims,
  step: { placementId: string; reason: EndReason; note: string | null },
): Promise<void> {
  await withStepErrors(claims, () =>
    withUser(db, claims, (tx) =>
      tx.query("select app.end_placement($1, $2, $3)", [step.placementId, step.reason, step.note]),
    ),
  );
}
