import type {
  CancellationOutcome,
  CancelPageOutcome,
  RegistrationOutcome,
} from "../../domain/evenings/evening";
import { UserFacingError } from "../errors";
import { eveningRegistrationCancelledEmail } from "../mail/templates/evening-registration-cancelled";
import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";
import { type EveningRow, eveningColumns, eveningJoins, toInformationEvening } from "./evening-row";
import { notifyPromotedRegistrations } from "./notify-promoted-registrations";

export const unknownCancelLinkMessage =
  "Deze afmeldlink klopt niet. Kopieer de hele link uit de e-mail, of neem contact op met de organisatie.";

/**
 * The person cancels with the link from one of our mails; if they had a place, the first on the
 * waiting list gets it. Someone who was only on the waiting list is told they left it.
 */
export async function cancelEveningRegistration(
  db: Database,
  claims: Claims | null,
  token: string,
  siteUrl: string,
): Promise<CancelPageOutcome> {
  const outcome = await withUser(db, claims, async (tx) => {
    const [own] = await tx.query<{
      evening_id: string;
      email: string;
      first_name: string;
      status: RegistrationOutcome | "cancelled";
    }>("select evening_id, email, first_name, status from app.evening_registration_by_token($1)", [token]);
    if (!own) throw new UserFacingError(unknownCancelLinkMessage);
    const [{ outcome }] = await tx.query<{ outcome: CancellationOutcome }>(
      "select app.cancel_evening_registration($1) as outcome",
      [token],
    );
    if (outcome === "cancelled") {
      const [evening] = await tx.query<EveningRow>(
        `select ${eveningColumns} from ${eveningJoins} where e.id = $1`,
        [own.evening_id],
      );
      tx.queueMail(
        eveningRegistrationCancelledEmail(
          own.email,
          own.first_name,
          toInformationEvening(evening),
          new URL("/informatiebijeenkomsten", siteUrl).toString(),
        ),
      );
    }
    return outcome === "cancelled" && own.status === "waitlisted" ? "left_waiting_list" : outcome;
  });
  if (outcome === "cancelled") await notifyPromotedRegistrations(db, siteUrl);
  return outcome;
}
