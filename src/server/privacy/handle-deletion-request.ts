import { isPermissionDenied, notAllowedMessage, UserFacingError } from "../errors";
import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";

/** Deletes the applicant's data now and marks the request done (audited); twice is harmless. */
export async function handleDeletionRequest(
  db: Database,
  claims: Claims,
  requestId: string,
): Promise<"handled" | "already_handled"> {
  try {
    const [row] = await withUser(db, claims, (tx) =>
      tx.query<{ outcome: "handled" | "already_handled" }>(
        "select app.handle_deletion_request($1) as outcome",
        [requestId],
      ),
    );
    return row.outcome;
  } catch (error) {
    if (isPermissionDenied(error)) throw new UserFacingError(notAllowedMessage);
    throw error;
  }
}
