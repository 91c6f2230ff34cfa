import type { CareForm } from "../../domain/capacity/labels";
import type { InformationEvening } from "../../domain/evenings/evening";
import type { ParentType } from "../../domain/parent-types";
import { listNextEvenings } from "../evenings/list-next-evenings";
import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";
import { locate, type WhereYouLive } from "./where-you-live";

export interface ServingOrganisation {
  id: string;
  name: string;
  regionName: string;
  parentTypes: ParentType[];
  careForms: CareForm[];
  phone: string | null;
  email: string | null;
  website: string | null;
  evenings: InformationEvening[];
}

/**
 * What the finder answers: the organisations serving the place; or that we know the place but no
 * organisation here serves it; or that we do not know it at all.
 */
export type FinderAnswer =
  | { outcome: "found"; placeName: string | null; organisations: ServingOrganisation[] }
  | { outcome: "outside"; placeName: string }
  | { outcome: "unknown" };

interface OrganisationRow {
  id: string;
  name: string;
  region_name: string;
  parent_types: ParentType[];
  care_forms: CareForm[];
  public_phone: string | null;
  public_email: string | null;
  website: string | null;
}

const eveningsPerOrganisation = 3;

export async function findOrganisationsServing(
  db: Database,
  claims: Claims | null,
  where: Exclude<WhereYouLive, { kind: "problem" }>,
): Promise<FinderAnswer> {
  const { placeName, postcode4s, municipalities } = locate(where);
  const rows = await withUser(db, claims, (tx) =>
    tx.query<OrganisationRow>(
      `select o.id, o.name, r.name as region_name, o.parent_types::text[] as parent_types,
              o.care_forms::text[] as care_forms, o.public_phone, o.public_email, o.website
       from public.organisations o join public.regions r on r.id = o.region_id
       where o.postcode_areas && $1::text[] or o.service_municipalities && $2::text[]
       order by o.name`,
      [postcode4s, municipalities],
    ),
  );
  if (rows.length === 0) return placeName ? { outcome: "outside", placeName } : { outcome: "unknown" };
  const organisations = await Promise.all(
    rows.map(async (row) => ({
      id: row.id,
      name: row.name,
      regionName: row.region_name,
      parentTypes: row.parent_types,
      careForms: row.care_forms,
      phone: row.public_phone,
      email: row.public_email,
      website: row.website,
      evenings: await listNextEvenings(db, claims, { organisationIds: [row.id] }, eveningsPerOrganisation),
    })),
  );
  return { outcome: "found", placeName, organisations };
}
