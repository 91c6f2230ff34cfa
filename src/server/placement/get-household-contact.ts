import { isPermissionDenied } from "../errors";
import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";

export interface HouseholdContact {
  displayName: string;
  email: string | null;
  phone: string | null;
}

/**
 * A household's name and contact, for its own organisation and for a placement worker whose proposal
 * for it was accepted; undefined for anyone else. The database logs the read.
 */
export async function getHouseholdContact(
  db: Database,
  claims: Claims,
  householdId: string,
): Promise<HouseholdContact | undefined> {
  try {
    const [row] = await withUser(db, claims, (tx) =>
      tx.query<{ display_name: string; email: string | null; phone: string | null }>(
        "select display_name, email, phone from app.household_contact($1)",
        [householdId],
      ),
    );
    return row && { displayName: row.display_name, email: row.email, phone: row.phone };
  } catch (error) {
    if (isPermissionDenied(error)) return undefined;
    throw error;
  }
}
