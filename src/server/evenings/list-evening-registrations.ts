import type { RegistrationStatus } from "../../domain/evenings/evening";
import { logStaffReads } from "../privacy/log-staff-read";
import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";

export interface EveningRegistrant {
  id: string;
  firstName: string;
  email: string;
  /** As given when registering. */
  phone: string | null;
  status: RegistrationStatus;
  registeredAt: Date;
  /** 1 for the first on the waiting list; null for everyone not waiting. */
  waitlistPosition: number | null;
}

const statusOrder = `case reg.status when 'registered' then 1 when 'attended' then 1 when 'no_show' then 1
  when 'waitlisted' then 2 else 3 end`;

/**
 * Everyone who registered for an evening of the caller's organisation (RLS shows nothing otherwise).
 * Names and addresses are personal data: the read is logged per registration.
 */
export async function listEveningRegistrations(
  db: Database,
  claims: Claims,
  eveningId: string,
): Promise<EveningRegistrant[]> {
  const rows = await withUser(db, claims, async (tx) => {
    const registrants = await tx.query<{
      id: string;
      first_name: string;
      email: string;
      phone: string | null;
      status: RegistrationStatus;
      registered_at: Date;
      waitlist_position: number | null;
    }>(
      `select reg.id, reg.first_name, reg.email, reg.phone, reg.status, reg.registered_at,
         case when reg.status = 'waitlisted'
           then row_number() over (partition by reg.status order by reg.registered_at, reg.id) end as waitlist_position
       from public.evening_registrations reg
       where reg.evening_id = $1
       order by ${statusOrder}, reg.registered_at, reg.id`,
      [eveningId],
    );
    const [evening] = await tx.query<{ organisation_id: string }>(
      "select organisation_id from public.information_evenings where id = $1",
      [eveningId],
    );
    if (evening) {
      await logStaffReads(tx, [
        {
          organisationId: evening.organisation_id,
          subjectType: "evening_registration",
          subjectIds: registrants.map((registrant) => registrant.id),
          purpose: "evening.registrations",
        },
      ]);
    }
    return registrants;
  });
  return rows.map((row) => ({
    id: row.id,
    firstName: row.first_name,
    email: row.email,
    phone: row.phone,
    status: row.status,
    registeredAt: new Date(row.registered_at),
    waitlistPosition: row.waitlist_position === null ? null : Number(row.waitlist_position),
  }));
}
