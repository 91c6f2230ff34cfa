import type { ScreeningCheck } from "../../domain/screening/checks";
import { isPermissionDenied, notAllowedMessage, UserFacingError } from "../errors";
import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";
import { type ScreeningCheckRow, screeningCheckColumns, toScreeningCheck } from "./screening-check-row";

/** An application's checks, for its organisation's recruiters; the database logs the read. */
export async function listScreeningChecks(
  db: Database,
  claims: Claims,
  applicationId: string,
): Promise<ScreeningCheck[]> {
  try {
    const rows = await withUser(db, claims, (tx) =>
      tx.query<ScreeningCheckRow>(`select ${screeningCheckColumns} from app.list_screening_checks($1) c`, [
        applicationId,
      ]),
    );
    return rows.map(toScreeningCheck);
  } catch (error) {
    if (isPermissionDenied(error)) throw new UserFacingError(notAllowedMessage);
    throw error;
  }
}
