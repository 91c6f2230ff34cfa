import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";
import { ownApplication } from "./applicant";

export interface ContactDetails {
  firstName: string;
  lastName: string;
  phone?: string;
}

export async function updateContactDetails(
  db: Database,
  claims: Claims,
  details: ContactDetails,
): Promise<void> {
  await withUser(db, claims, (tx) =>
    tx.query(
      `update public.applications a set first_name = $1, last_name = $2, phone = nullif($3, ''), updated_at = now()
       where ${ownApplication("a")}`,
      [details.firstName, details.lastName, details.phone ?? ""],
    ),
  );
}
