import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";
import { withStepErrors } from "./placement-step-errors";

/** Puts a household on a need's shortlist; answers the proposal's id (the existing one if it is there). */
export async function shortlistHousehold(
  db: Database,
  claims: Claims,
  step: { needId: string; householdId: string },
): Promise<string> {
  return withStepErrors(claims, async () => {
    const [row] = await withUser(db, claims, (tx) =>
      tx.query<{ id: string }>("select app.shortlist_household($1, $2) as id", [
        step.needId,
        step.householdId,
      ]),
    );
    return row.id;
  });
}
