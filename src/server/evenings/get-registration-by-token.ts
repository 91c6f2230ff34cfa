import type { InformationEvening, RegistrationStatus } from "../../domain/evenings/evening";
import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";
import { type EveningRow, eveningColumns, eveningJoins, toInformationEvening } from "./evening-row";

export interface OwnRegistration {
  firstName: string;
  status: RegistrationStatus;
  /** Their place in line while on the waiting list (1 is next), else null. */
  waitingListPlace: number | null;
  /** Null once the evening has begun or was cancelled. */
  evening: InformationEvening | null;
}

/** What the holder of a cancel link may see about their own registration. */
export async function getRegistrationByToken(
  db: Database,
  claims: Claims | null,
  token: string,
): Promise<OwnRegistration | undefined> {
  return withUser(db, claims, async (tx) => {
    const [own] = await tx.query<{ evening_id: string; first_name: string; status: RegistrationStatus }>(
      "select evening_id, first_name, status from app.evening_registration_by_token($1)",
      [token],
    );
    if (!own) return undefined;
    const [evening] = await tx.query<EveningRow>(
      `select ${eveningColumns} from ${eveningJoins}
       where e.id = $1 and e.status = 'scheduled' and e.starts_at > now()`,
      [own.evening_id],
    );
    const [{ place }] =
      own.status === "waitlisted"
        ? await tx.query<{ place: number }>("select app.waiting_list_place($1) as place", [token])
        : [{ place: null }];
    return {
      firstName: own.first_name,
      status: own.status,
      waitingListPlace: place,
      evening: evening ? toInformationEvening(evening) : null,
    };
  });
}
