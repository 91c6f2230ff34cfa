import { beforeAll, describe, expect, it } from "vitest";
import { getCareGuide } from "../../src/server/care-guide/get-care-guide";
import type { Database } from "../../src/server/sql/engine";
import { withService } from "../../src/server/sql/with-user";
import { testEngines } from "../support/databases";
import { insufficientPrivilege, type Personas, queryAs, usePersonaDatabase } from "./personas";

interface Household {
  kind: "foster_family" | "support_family" | "family_home";
  careForms: string[];
  ages: [number, number];
  status?: "active" | "paused" | "inactive";
}

async function addHouseholds(
  db: Database,
  organisation: string,
  region: string,
  households: Household[],
): Promise<void> {
  await withService(db, async (tx) => {
    for (const [index, household] of households.entries()) {
      await tx.query(
        `insert into public.households
           (organisation_id, region_id, label, kind, status, care_forms, places_total, places_free, age_min, age_max,
            municipality, postcode4, approx_lat, approx_lng)
         values ($1, $2, $3, $4, $5, $6, 1, 1, $7, $8, 'Utrecht', '3511', 52.09, 5.12)`,
        [
          organisation,
          region,
          `Gezin gids-${index}`,
          household.kind,
          household.status ?? "active",
          household.careForms,
          household.ages[0],
          household.ages[1],
        ],
      );
    }
  });
}

const offerQuery = `select o.slug, g.kind::text as kind, g.care_form::text as care_form, g.households, g.age_min, g.age_max
  from app.care_offer_per_organisation() g join public.organisations o on o.id = g.organisation_id
  order by o.slug, g.kind::text, g.care_form::text`;

describe.each(testEngines)("the professionals' guide on $name", (engine) => {
  let db: Database;
  let people: Personas;
  usePersonaDatabase(engine, (opened) => ({ db, people } = opened));

  beforeAll(async () => {
    // A already has Gezin A-101 and A-102 (foster, long and short term, 0-12): three more long-term
    // make five; paused and inactive households are not on offer and do not count.
    const longTerm: Household = { kind: "foster_family", careForms: ["long_term"], ages: [4, 16] };
    await addHouseholds(db, people.organisations.a, people.regions.utrecht, [
      longTerm,
      longTerm,
      { ...longTerm, ages: [6, 21] },
      { ...longTerm, ages: [0, 23], status: "paused" },
      { ...longTerm, ages: [0, 23], status: "inactive" },
    ]);
    // B: five support families, and one family home offering two care forms, counted once.
    const support: Household = { kind: "support_family", careForms: ["part_time"], ages: [2, 12] };
    await addHouseholds(db, people.organisations.b, people.regions.utrecht, [
      support,
      support,
      support,
      support,
      { ...support, ages: [0, 10] },
      { kind: "family_home", careForms: ["crisis", "long_term"], ages: [8, 18] },
    ]);
  });

  it("an anonymous visitor gets counts and ages per organisation and form, withheld for groups under five", async () => {
    const withheld = (slug: string, kind: string, care_form: string | null) => ({
      slug,
      kind,
      care_form,
      households: null,
      age_min: null,
      age_max: null,
    });
    expect(await queryAs(db, null, offerQuery)).toEqual([
      withheld("gezinshuis-c", "foster_family", "long_term"),
      withheld("gezinshuis-c", "foster_family", "short_term"),
      withheld("jeugdzorg-b", "family_home", null),
      withheld("jeugdzorg-b", "foster_family", "long_term"),
      withheld("jeugdzorg-b", "foster_family", "short_term"),
      {
        slug: "jeugdzorg-b",
        kind: "support_family",
        care_form: null,
        households: 5,
        age_min: 0,
        age_max: 12,
      },
      {
        slug: "pleegzorg-a",
        kind: "foster_family",
        care_form: "long_term",
        households: 5,
        age_min: 0,
        age_max: 21,
      },
      withheld("pleegzorg-a", "foster_family", "short_term"),
    ]);
  });

  it("a fifth household makes a group count in public; a fourth does not", async () => {
    const shortTermOfA = async () =>
      (
        await queryAs<{ slug: string; care_form: string; households: number | null }>(db, null, offerQuery)
      ).find((row) => row.slug === "pleegzorg-a" && row.care_form === "short_term");
    const shortTerm: Household = { kind: "foster_family", careForms: ["short_term"], ages: [0, 4] };
    await addHouseholds(db, people.organisations.a, people.regions.utrecht, [shortTerm]);
    expect((await shortTermOfA())?.households).toBeNull();
    await addHouseholds(db, people.organisations.a, people.regions.utrecht, [shortTerm, shortTerm]);
    expect((await shortTermOfA())?.households).toBe(5);
  });

  it("hands out only those six columns: no label, place, address or free places of any household", async () => {
    const [columns] = await queryAs<{ names: string[] }>(
      db,
      null,
      `select array_agg(p.name order by p.ordinality)::text[] as names
       from pg_catalog.pg_proc f,
            unnest(f.proargnames, f.proargmodes::text[]) with ordinality as p (name, mode, ordinality)
       where f.oid = 'app.care_offer_per_organisation()'::regprocedure and p.mode = 't'`,
    );
    expect(columns.names).toEqual([
      "organisation_id",
      "kind",
      "care_form",
      "households",
      "age_min",
      "age_max",
    ]);
  });

  it("the visitor still reads no household itself", async () => {
    await expect(queryAs(db, null, "select id from public.households")).rejects.toMatchObject(
      insufficientPrivilege,
    );
  });

  it("the guide joins the counts to each organisation's public details, lightest form first", async () => {
    await withService(db, (tx) =>
      tx.query(
        "update public.organisations set service_municipalities = '{Zeist,Bunnik}', public_phone = '030 000 2222' where id = $1",
        [people.organisations.b],
      ),
    );
    const guide = await getCareGuide(db);
    const b = guide.organisations.find((organisation) => organisation.name === "Jeugdzorg B");
    expect(b).toMatchObject({ municipalities: ["Zeist", "Bunnik"], phone: "030 000 2222" });
    expect(b?.offers).toEqual([
      { form: "support", households: 5, ageMin: 0, ageMax: 12 },
      { form: "short_term_foster", households: null, ageMin: null, ageMax: null },
      { form: "long_term_foster", households: null, ageMin: null, ageMax: null },
      { form: "family_home", households: null, ageMin: null, ageMax: null },
    ]);
  });
});
