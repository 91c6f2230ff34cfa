import { isPermissionDenied, UserFacingError } from "../errors";
import { eveningCancelledEmail } from "../mail/templates/evening-cancelled";
import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";
import { type EveningRow, eveningColumns, eveningJoins, toInformationEvening } from "./evening-row";
import { managedByCaller } from "./staff-scope";

/** Cancels the evening and tells everyone who was registered or waiting; answers how many were told. */
export async function cancelInformationEvening(
  db: Database,
  claims: Claims,
  eveningId: string,
  siteUrl: string,
): Promise<number> {
  try {
    return await withUser(db, claims, async (tx) => {
      const [row] = await tx.query<EveningRow>(
        `select ${eveningColumns} from ${eveningJoins} where e.id = $1 and ${managedByCaller}`,
        [eveningId],
      );
      if (!row) throw new UserFacingError("Deze bijeenkomst hoort niet bij jouw organisatie.");
      const people = await tx.query<{ email: string; first_name: string }>(
        "select email, first_name from app.cancel_information_evening($1)",
        [eveningId],
      );
      const listUrl = new URL("/informatiebijeenkomsten", siteUrl).toString();
      for (const person of people) {
        tx.queueMail(
          eveningCancelledEmail(person.email, person.first_name, toInformationEvening(row), listUrl),
        );
      }
      return people.length;
    });
  } catch (error) {
    if (isPermissionDenied(error))
      throw new UserFacingError("Deze bijeenkomst hoort niet bij jouw organisatie.");
    throw error;
  }
}
