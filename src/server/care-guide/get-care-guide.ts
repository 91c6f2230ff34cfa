import type { CareForm, HouseholdKind } from "../../domain/capacity/labels";
import type { CareGuide, GuideOffer } from "../../domain/care-guide/care-guide";
import { guideFormOf, guideForms } from "../../domain/care-guide/guide-forms";
import type { Database } from "../sql/engine";
import { withUser } from "../sql/with-user";

interface OrganisationRow {
  id: string;
  name: string;
  service_municipalities: string[];
  public_phone: string | null;
  public_email: string | null;
  website: string | null;
}

interface OfferRow {
  organisation_id: string;
  kind: HouseholdKind;
  care_form: CareForm | null;
  households: number | null;
  age_min: number | null;
  age_max: number | null;
}

/**
 * The guide for local teams, read as an anonymous visitor whoever asks, so every visitor sees the
 * same: the organisations' public columns, and their offer as counts that withhold small groups.
 */
export async function getCareGuide(db: Database): Promise<CareGuide> {
  const { organisations, offers } = await withUser(db, null, async (tx) => ({
    organisations: await tx.query<OrganisationRow>(
      `select o.id, o.name, o.service_municipalities, o.public_phone, o.public_email, o.website
       from public.organisations o order by o.name`,
    ),
    offers: await tx.query<OfferRow>(
      `select organisation_id, kind::text as kind, care_form::text as care_form, households, age_min, age_max
       from app.care_offer_per_organisation()`,
    ),
  }));
  return {
    organisations: organisations.map((row) => ({
      id: row.id,
      name: row.name,
      phone: row.public_phone,
      email: row.public_email,
      website: row.website,
      municipalities: row.service_municipalities,
      offers: offersOf(offers.filter((offer) => offer.organisation_id === row.id)),
    })),
  };
}

function offersOf(rows: OfferRow[]): GuideOffer[] {
  return rows
    .flatMap((row) => {
      const form = guideFormOf(row.kind, row.care_form);
      return form ? [{ form, households: row.households, ageMin: row.age_min, ageMax: row.age_max }] : [];
    })
    .sort((a, b) => guideForms.indexOf(a.form) - guideForms.indexOf(b.form));
}
