import type { EveningLocation, RegistrationStatus } from "../../domain/evenings/evening";
import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";

export interface MyEveningRegistration {
  eveningId: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  online: boolean;
  location: EveningLocation | null;
  status: RegistrationStatus;
}

/**
 * The signed-in person's own registrations: those made with the address they signed in with or linked
 * to their application (staff's RLS shows more, hence the filter). By default the ones still to come,
 * or all of them for their data export.
 */
export async function listMyEveningRegistrations(
  db: Database,
  claims: Claims,
  scope: "upcoming" | "all" = "upcoming",
): Promise<MyEveningRegistration[]> {
  const rows = await withUser(db, claims, (tx) =>
    tx.query<{
      evening_id: string;
      title: string;
      starts_at: Date;
      ends_at: Date;
      online: boolean;
      location_name: string | null;
      location_address: string | null;
      location_city: string | null;
      status: RegistrationStatus;
    }>(
      `select r.evening_id, e.title, e.starts_at, e.ends_at, e.online, e.location_name, e.location_address,
              e.location_city, r.status
       from public.evening_registrations r join public.information_evenings e on e.id = r.evening_id
       where ($1::text = 'all' or (r.status in ('registered', 'waitlisted') and e.status = 'scheduled' and e.ends_at > now()))
         and (r.email = lower((select auth.jwt()) ->> 'email')
              or r.application_id in (select a.id from public.applications a where a.user_id = (select auth.uid())))
       order by e.starts_at`,
      [scope],
    ),
  );
  return rows.map((row) => ({
    eveningId: row.evening_id,
    title: row.title,
    startsAt: new Date(row.starts_at),
    endsAt: new Date(row.ends_at),
    online: row.online,
    location:
      row.online || !row.location_name
        ? null
        : { name: row.location_name, address: row.location_address, city: row.location_city ?? "" },
    status: row.status,
  }));
}
