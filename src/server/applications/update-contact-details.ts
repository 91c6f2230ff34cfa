import { isInvalidParameter, UserFacingError } from "../errors";
import { isNotFoundOrClosed } from "../evenings/sql-state";
import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";

export interface ContactDetails {
  firstName: string;
  lastName: string;
  phone?: string;
}

/** Name and phone number are all an applicant may change once sent; the change is logged. */
export async function updateContactDetails(
  db: Database,
  claims: Claims,
  details: ContactDetails,
): Promise<void> {
  try {
    await withUser(db, claims, (tx) =>
      tx.query("select app.update_my_contact_details($1, $2, $3)", [
        details.firstName,
        details.lastName,
        details.phone ?? "",
      ]),
    );
  } catch (error) {
    if (isInvalidParameter(error)) throw new UserFacingError("Controleer je naam en telefoonnummer.");
    if (isNotFoundOrClosed(error)) throw new UserFacingError("Er is geen aanmelding om te wijzigen.");
    throw error;
  }
}
