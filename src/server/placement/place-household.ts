import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";
import { withStepErrors } from "./placement-step-errors";

/** Places the child with the accepted household; its free places go down in the same transaction. */
export async function placeHousehold(
  db: Database,
  claims: Claims,
  step: { proposalId: string; expectedVersion: number },
): Promise<string> {
  return withStepErrors(claims, async () => {
    const [row] = await withUser(db, claims, (tx) =>
      tx.query<{ id: string }>("select app.place_household($1, $2) as id", [
        step.proposalId,
        step.expectedVersion,
      ]),
    );
    return row.id;
  });
}
