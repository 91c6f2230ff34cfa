import { refusedAvailabilityMessages } from "../../domain/capacity/availability-form";
import { formatDateTime } from "../../domain/format";
import { databaseErrorField, isPermissionDenied, notAllowedMessage, UserFacingError } from "../errors";
import type { Claims } from "../sql/with-user";

/**
 * What app.confirm_household_availability and app.update_household_availability refuse, in Dutch:
 * someone else's household (42501), a page that went stale (OH409), a rule (OH422).
 */
export function availabilityRefusal(error: unknown, claims: Claims): UserFacingError | undefined {
  if (isPermissionDenied(error)) return new UserFacingError(notAllowedMessage);
  const code = databaseErrorField(error, "code");
  const detail = databaseErrorField(error, "detail") ?? "";
  if (code === "OH409") {
    const changed = JSON.parse(detail || "{}") as { updated_by?: string | null; updated_at?: string };
    const who = changed.updated_by === claims.sub ? "Je hebt" : "Iemand anders heeft";
    const when = changed.updated_at ? ` op ${formatDateTime(changed.updated_at)}` : "";
    return new UserFacingError(
      `${who} de beschikbaarheid${when} al bijgewerkt. Bekijk de nieuwe stand en probeer het opnieuw.`,
    );
  }
  const refused = code === "OH422" ? refusedAvailabilityMessages[detail] : undefined;
  return refused ? new UserFacingError(refused.message, refused.field) : undefined;
}
