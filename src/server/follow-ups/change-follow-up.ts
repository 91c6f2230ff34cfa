import { formatDateTime } from "../../domain/format";
import {
  databaseErrorField,
  isInvalidParameter,
  isPermissionDenied,
  notAllowedMessage,
  UserFacingError,
} from "../errors";
import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";

/** What private.follow_up_for_change reports when the version is stale (SQLSTATE OH409). */
interface ChangedMeanwhile {
  changed_by: string | null;
  changed_at: string | null;
}

/**
 * Runs one follow-up function (assign, next action) as the recruiter and returns the new version;
 * a stale version, a refusal and bad input come back as Dutch messages.
 */
export async function changeFollowUp(
  db: Database,
  claims: Claims,
  sql: string,
  params: unknown[],
  invalidMessage: { message: string; field: string },
): Promise<{ version: number }> {
  try {
    const [row] = await withUser(db, claims, (tx) => tx.query<{ version: number }>(sql, params));
    return { version: row.version };
  } catch (error) {
    if (isPermissionDenied(error)) throw new UserFacingError(notAllowedMessage);
    if (databaseErrorField(error, "code") === "OH409")
      throw new UserFacingError(changedMeanwhileMessage(claims, databaseErrorField(error, "detail")));
    if (isInvalidParameter(error)) throw new UserFacingError(invalidMessage.message, invalidMessage.field);
    throw error;
  }
}

function changedMeanwhileMessage(claims: Claims, detail: string | undefined): string {
  const changed = JSON.parse(detail ?? "{}") as Partial<ChangedMeanwhile>;
  const who = changed.changed_by === claims.sub ? "Je hebt" : "Een collega heeft";
  const when = changed.changed_at ? ` op ${formatDateTime(changed.changed_at)}` : "";
  return `${who} de toewijzing of volgende actie${when} al gewijzigd. Bekijk de nieuwe stand en probeer het opnieuw.`;
}
