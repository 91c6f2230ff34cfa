import type { EveningStatus, InformationEvening } from "../../domain/evenings/evening";

/** The public columns of an evening with its organisation and region; use with `eveningJoins`. */
export const eveningColumns = `
  e.id, e.organisation_id, o.name as organisation_name, r.slug as region_slug, r.name as region_name,
  e.title, e.description, e.starts_at, e.ends_at, e.online, e.location_name, e.location_address,
  e.location_city, e.capacity, e.places_taken, e.status, e.revision`;

export const eveningJoins = `
  public.information_evenings e
  join public.organisations o on o.id = e.organisation_id
  join public.regions r on r.id = e.region_id`;

export interface EveningRow {
  id: string;
  organisation_id: string;
  organisation_name: string;
  region_slug: string;
  region_name: string;
  title: string;
  description: string;
  starts_at: Date | string;
  ends_at: Date | string;
  online: boolean;
  location_name: string | null;
  location_address: string | null;
  location_city: string | null;
  capacity: number;
  places_taken: number;
  status: EveningStatus;
  revision: number;
}

export function toInformationEvening(row: EveningRow): InformationEvening {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    regionSlug: row.region_slug,
    regionName: row.region_name,
    title: row.title,
    description: row.description,
    startsAt: new Date(row.starts_at),
    endsAt: new Date(row.ends_at),
    online: row.online,
    location:
      row.online || !row.location_name || !row.location_city
        ? null
        : { name: row.location_name, address: row.location_address, city: row.location_city },
    capacity: Number(row.capacity),
    placesTaken: Number(row.places_taken),
    status: row.status,
    revision: Number(row.revision),
  };
}
