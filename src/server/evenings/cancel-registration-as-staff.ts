import type { CancellationOutcome } from "../../domain/evenings/evening";
import { isPermissionDenied, notAllowedMessage, UserFacingError } from "../errors";
import { eveningRegistrationCancelledEmail } from "../mail/templates/evening-registration-cancelled";
import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";
import { type EveningRow, eveningColumns, eveningJoins, toInformationEvening } from "./evening-row";
import { notifyPromotedRegistrations } from "./notify-promoted-registrations";

/** Staff cancel a registration for the person (who asked by phone or mail); they get a confirmation. */
export async function cancelRegistrationAsStaff(
  db: Database,
  claims: Claims,
  registrationId: string,
  siteUrl: string,
): Promise<CancellationOutcome> {
  try {
    const outcome = await withUser(db, claims, async (tx) => {
      const [{ outcome }] = await tx.query<{ outcome: CancellationOutcome }>(
        "select app.cancel_evening_registration_as_staff($1) as outcome",
        [registrationId],
      );
      if (outcome !== "cancelled") return outcome;
      const [person] = await tx.query<{ email: string; first_name: string; evening_id: string }>(
        "select email, first_name, evening_id from public.evening_registrations where id = $1",
        [registrationId],
      );
      const [evening] = await tx.query<EveningRow>(
        `select ${eveningColumns} from ${eveningJoins} where e.id = $1`,
        [person.evening_id],
      );
      tx.queueMail(
        eveningRegistrationCancelledEmail(
          person.email,
          person.first_name,
          toInformationEvening(evening),
          new URL("/informatiebijeenkomsten", siteUrl).toString(),
        ),
      );
      return outcome;
    });
    if (outcome === "cancelled") await notifyPromotedRegistrations(db, siteUrl);
    return outcome;
  } catch (error) {
    if (isPermissionDenied(error)) throw new UserFacingError(notAllowedMessage);
    throw error;
  }
}
