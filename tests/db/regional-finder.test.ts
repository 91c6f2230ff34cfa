import { beforeAll, describe, expect, it } from "vitest";
import { findOrganisationsServing } from "../../src/server/regional-finder/find-organisations-serving";
import type { Database } from "../../src/server/sql/engine";
import { withService } from "../../src/server/sql/with-user";
import { testEngines } from "../support/databases";
import { insufficientPrivilege, type Personas, queryAs, usePersonaDatabase } from "./personas";

describe.each(testEngines)("the regional finder on $name", (engine) => {
  let db: Database;
  let people: Personas;
  usePersonaDatabase(engine, (opened) => ({ db, people } = opened));

  beforeAll(async () => {
    await withService(db, (tx) =>
      tx.query(
        `update public.organisations set service_municipalities = '{Utrecht}', parent_types = '{foster,support}',
           care_forms = '{crisis,long_term}', public_phone = '030 000 1111', public_email = 'info@pleegzorg-a.test',
           website = 'https://pleegzorg-a.example'
         where id = $1`,
        [people.organisations.a],
      ),
    );
  });

  it("an anonymous visitor finds the organisation serving a postcode, with what it offers and how to reach it", async () => {
    const answer = await findOrganisationsServing(db, null, { kind: "postcode", postcode4: "3512" });
    expect(answer).toMatchObject({
      outcome: "found",
      placeName: "3512 Utrecht",
      organisations: [
        {
          name: "Pleegzorg A",
          parentTypes: ["foster", "support"],
          careForms: ["crisis", "long_term"],
          phone: "030 000 1111",
          email: "info@pleegzorg-a.test",
          website: "https://pleegzorg-a.example",
        },
      ],
    });
  });

  it("finds organisations by the municipality a place lies in, not only by their postcode list", async () => {
    const answer = await findOrganisationsServing(db, null, { kind: "place", name: "Vleuten" });
    expect(answer.outcome === "found" && answer.organisations.map(({ name }) => name)).toEqual([
      "Pleegzorg A",
    ]);
  });

  it("tells a known place nobody serves from a place it does not know", async () => {
    expect(await findOrganisationsServing(db, null, { kind: "postcode", postcode4: "9711" })).toEqual({
      outcome: "outside",
      placeName: "9711 Groningen",
    });
    expect(await findOrganisationsServing(db, null, { kind: "place", name: "Atlantis" })).toEqual({
      outcome: "unknown",
    });
  });

  it("an anonymous visitor reads an organisation's public columns only, and changes none", async () => {
    await expect(queryAs(db, null, "select created_at from public.organisations")).rejects.toMatchObject(
      insufficientPrivilege,
    );
    await expect(
      queryAs(db, null, "update public.organisations set public_phone = '06 0000 0000'"),
    ).rejects.toMatchObject(insufficientPrivilege);
  });

  it("refuses contact details that are not a phone number, an address or an https site", async () => {
    for (const [column, value] of [
      ["public_phone", "bel ons"],
      ["public_email", "Info@Example.test"],
      ["website", "http://pleegzorg-a.example"],
    ]) {
      await expect(
        withService(db, (tx) =>
          tx.query(`update public.organisations set ${column} = $1 where id = $2`, [
            value,
            people.organisations.b,
          ]),
        ),
        column,
      ).rejects.toMatchObject({ code: "23514" });
    }
  });
});
