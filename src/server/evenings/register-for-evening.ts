import type { RegistrationOutcome } from "../../domain/evenings/evening";
import type { Interest } from "../../domain/evenings/labels";
import { interestedParentTypes } from "../../domain/evenings/registration-form";
import { isInvalidParameter, UserFacingError } from "../errors";
import { eveningConfirmationEmail } from "../mail/templates/evening-confirmation";
import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";
import { type EveningRow, eveningColumns, eveningJoins, toInformationEvening } from "./evening-row";
import { cancelPageUrl, newCancelToken } from "./links";
import { isNotFoundOrClosed } from "./sql-state";

export interface EveningRegistration {
  eveningId: string;
  firstName: string;
  email: string;
  phone?: string;
  interest?: Interest;
  siteUrl: string;
}

/**
 * Registers the person (or puts them on the waiting list) and queues the confirmation to the address
 * in the same transaction. The answer does not tell whether the address was registered already: then
 * nothing changes, and the address gets its own registration's confirmation again. `visitor` is the
 * hashed network address the database counts registrations by (`too_many` past its limit).
 */
export async function registerForEvening(
  db: Database,
  claims: Claims | null,
  registration: EveningRegistration,
  visitor: string,
): Promise<RegistrationOutcome | "too_many"> {
  const token = newCancelToken();
  try {
    return await withUser(db, claims, async (tx) => {
      const [{ outcome }] = await tx.query<{ outcome: RegistrationOutcome | "too_many" }>(
        "select app.register_for_evening($1, $2, $3, $4, $5::text::public.parent_type[], $6, $7) as outcome",
        [
          registration.eveningId,
          registration.email,
          registration.firstName,
          registration.phone ?? null,
          `{${interestedParentTypes(registration.interest).join(",")}}`,
          token,
          visitor,
        ],
      );
      if (outcome === "too_many") return outcome;
      const [own] = await tx.query<{
        email: string;
        first_name: string;
        status: RegistrationOutcome;
        join_url: string | null;
      }>("select email, first_name, status, join_url from app.evening_registration_by_token($1)", [token]);
      const [{ place }] =
        own.status === "waitlisted"
          ? await tx.query<{ place: number }>("select app.waiting_list_place($1) as place", [token])
          : [{ place: 0 }];
      const [evening] = await tx.query<EveningRow>(
        `select ${eveningColumns} from ${eveningJoins} where e.id = $1`,
        [registration.eveningId],
      );
      tx.queueMail(
        eveningConfirmationEmail({
          to: own.email,
          firstName: own.first_name,
          outcome: own.status,
          waitingListPlace: place,
          evening: toInformationEvening(evening),
          joinUrl: own.join_url,
          cancelUrl: cancelPageUrl(registration.siteUrl, token),
          siteUrl: registration.siteUrl,
          now: new Date(),
        }),
      );
      return outcome;
    });
  } catch (error) {
    if (isNotFoundOrClosed(error)) throw new UserFacingError((t) => t.evening.closed);
    if (isInvalidParameter(error)) throw new UserFacingError((t) => t.evening.checkDetails);
    throw error;
  }
}
