import { describe, expect, it } from "vitest";
import { getMyApplication } from "../../src/server/applications/get-my-application";
import { locateApplication } from "../../src/server/applications/locate-application";
import { saveApplicationStep } from "../../src/server/applications/save-application-step";
import { startApplication } from "../../src/server/applications/start-application";
import { submitApplication } from "../../src/server/applications/submit-application";
import { UserFacingError } from "../../src/server/errors";
import { createGazetteerGeocoder } from "../../src/server/geocode/gazetteer";
import type { Geocoder } from "../../src/server/geocode/port";
import type { Database } from "../../src/server/sql/engine";
import { withService, withUser } from "../../src/server/sql/with-user";
import {
  completeDraft,
  aboutYou as fixtureAboutYou,
  myApplicationUrl,
  noSource,
  visitor,
  visitorKey,
} from "../support/applicant-fixtures";
import { testEngines } from "../support/databases";
import { createUser, insufficientPrivilege, type Personas, usePersonaDatabase } from "./personas";

const aboutYou = (email: string, born?: string) => fixtureAboutYou(email, { born });

async function outboxCount(db: Database, to: string): Promise<number> {
  const [row] = await withService(db, (tx) =>
    tx.query<{ count: number }>(
      "select count(*)::int as count from private.mail_outbox where to_address = $1",
      [to],
    ),
  );
  return row.count;
}

describe.each(testEngines)("applications on $name", (engine) => {
  let db: Database;
  let people: Personas;
  usePersonaDatabase(engine, (opened) => ({ db, people } = opened));

  it("a visitor starts an application and sees only their own, by their browser's draft token", async () => {
    const sanne = visitor();
    const other = visitor();
    await startApplication(
      db,
      sanne,
      aboutYou("sanne@example.nl"),
      {
        source: "pleegouder-worden",
        utm: { utm_source: "facebook" },
      },
      visitorKey(),
      myApplicationUrl,
    );
    await startApplication(db, other, aboutYou("piet@example.nl"), noSource, visitorKey(), myApplicationUrl);

    expect((await getMyApplication(db, sanne))?.email).toBe("sanne@example.nl");
    expect((await getMyApplication(db, other))?.email).toBe("piet@example.nl");
    expect(await getMyApplication(db, { claims: null, draftToken: visitor().draftToken })).toBeUndefined();
    const anonymousRows = await withUser(db, null, (tx) => tx.query("select id from public.applications"));
    expect(anonymousRows).toEqual([]);
    const [stored] = await withService(db, (tx) =>
      tx.query<{ source: string; utm: Record<string, string> }>(
        "select source, utm from public.applications where email = $1",
        ["sanne@example.nl"],
      ),
    );
    expect(stored).toEqual({ source: "pleegouder-worden", utm: { utm_source: "facebook" } });
  });

  it("anonymous visitors cannot insert applications directly, only through start_application", async () => {
    await expect(
      withUser(db, { role: "anon", draft_token: "x".repeat(43) }, (tx) =>
        tx.query("insert into public.applications (email) values ('direct@example.nl')"),
      ),
    ).rejects.toMatchObject(insufficientPrivilege);
  });

  it("the same address from another browser answers 'exists' and reveals nothing", async () => {
    const first = visitor();
    await startApplication(
      db,
      first,
      aboutYou("dubbel@example.nl"),
      noSource,
      visitorKey(),
      myApplicationUrl,
    );
    const again = await startApplication(
      db,
      first,
      aboutYou("dubbel@example.nl"),
      noSource,
      visitorKey(),
      myApplicationUrl,
    );
    expect(again.outcome).toBe("continued");
    const stranger = visitor();
    expect(
      await startApplication(
        db,
        stranger,
        aboutYou("dubbel@example.nl"),
        noSource,
        visitorKey(),
        myApplicationUrl,
      ),
    ).toEqual({
      outcome: "exists",
    });
    expect(await getMyApplication(db, stranger)).toBeUndefined();
    // The page cannot tell the stranger, so the owner hears of it by mail.
    expect(await outboxCount(db, "dubbel@example.nl")).toBe(1);
    const [{ count }] = await withService(db, (tx) =>
      tx.query<{ count: number }>(
        "select count(*)::int as count from public.applications where email = 'dubbel@example.nl'",
      ),
    );
    expect(count).toBe(1);
  });

  it("an applicant cannot change their own stage, organisation or submission", async () => {
    const applicant = visitor();
    await startApplication(
      db,
      applicant,
      aboutYou("stiekem@example.nl"),
      noSource,
      visitorKey(),
      myApplicationUrl,
    );
    const claims = { role: "anon" as const, draft_token: applicant.draftToken };
    for (const assignment of [
      "stage = 'available'",
      `organisation_id = '${people.organisations.b}'`,
      "status = 'submitted'",
    ]) {
      await expect(
        withUser(db, claims, (tx) => tx.query(`update public.applications set ${assignment}`)),
      ).rejects.toMatchObject(insufficientPrivilege);
    }
  });

  it("refuses foster parenting under 21 with the reason", async () => {
    const young = visitor();
    await startApplication(
      db,
      young,
      aboutYou("jong@example.nl", "2007-01-01"),
      noSource,
      visitorKey(),
      myApplicationUrl,
    );
    const refusal = saveApplicationStep(db, young, {
      key: "interest",
      interest: { parentTypes: ["foster"], careForms: [] },
    });
    await expect(refusal).rejects.toBeInstanceOf(UserFacingError);
    await expect(refusal).rejects.toMatchObject({
      field: "parentTypes",
      message: expect.stringMatching(/vanaf 21 jaar/),
    });
  });

  it("routes the application to the organisation of its postcode area and stores the approximate point", async () => {
    const applicant = visitor();
    await startApplication(
      db,
      applicant,
      aboutYou("route@example.nl"),
      noSource,
      visitorKey(),
      myApplicationUrl,
    );
    await completeDraft(db, applicant);
    const { id } = (await getMyApplication(db, applicant)) ?? { id: "" };
    await locateApplication(db, createGazetteerGeocoder(), id);
    const [located] = await withService(db, (tx) =>
      tx.query<{ organisation_id: string; geocode_status: string; approx_lat: number | null }>(
        "select organisation_id, geocode_status, approx_lat from public.applications where id = $1",
        [id],
      ),
    );
    expect(located.organisation_id).toBe(people.organisations.a);
    expect(located.geocode_status).toBe("found");
    expect(located.approx_lat).not.toBeNull();
  });

  it("keeps the application when the geocoder is down, routed anyway, for the retry job", async () => {
    const down: Geocoder = {
      async geocode() {
        throw new Error("PDOK unreachable");
      },
      async locateArea() {
        throw new Error("PDOK unreachable");
      },
    };
    const applicant = visitor();
    await startApplication(
      db,
      applicant,
      aboutYou("storing@example.nl"),
      noSource,
      visitorKey(),
      myApplicationUrl,
    );
    await completeDraft(db, applicant);
    const { id } = (await getMyApplication(db, applicant)) ?? { id: "" };
    await locateApplication(db, down, id);
    const [located] = await withService(db, (tx) =>
      tx.query<{ organisation_id: string; geocode_status: string }>(
        "select organisation_id, geocode_status from public.applications where id = $1",
        [id],
      ),
    );
    expect(located).toEqual({ organisation_id: people.organisations.a, geocode_status: "failed" });
  });

  it("submits once, with one confirmation mail, even when sent twice; the draft token ends with it", async () => {
    const applicant = visitor();
    await startApplication(
      db,
      applicant,
      aboutYou("versturen@example.nl"),
      noSource,
      visitorKey(),
      myApplicationUrl,
    );
    await completeDraft(db, applicant);
    const { id } = (await getMyApplication(db, applicant)) ?? { id: "" };
    await submitApplication(db, applicant, "http://localhost/mijn");
    await expect(submitApplication(db, applicant, "http://localhost/mijn")).rejects.toBeInstanceOf(
      UserFacingError,
    );
    expect(await outboxCount(db, "versturen@example.nl")).toBe(1);
    expect(await getMyApplication(db, applicant)).toBeUndefined();
    const [sent] = await withService(db, (tx) =>
      tx.query("select status, stage, draft_token_hash from public.applications where id = $1", [id]),
    );
    expect(sent).toEqual({ status: "submitted", stage: "application", draft_token_hash: null });
  });

  it("refuses to submit an incomplete application", async () => {
    const applicant = visitor();
    await startApplication(
      db,
      applicant,
      aboutYou("half@example.nl"),
      noSource,
      visitorKey(),
      myApplicationUrl,
    );
    await expect(submitApplication(db, applicant, "http://localhost/mijn")).rejects.toBeInstanceOf(
      UserFacingError,
    );
  });

  it("after signing in with the same address the application is theirs, and a recruiter of the routed organisation sees it once sent", async () => {
    const applicant = visitor();
    await startApplication(
      db,
      applicant,
      aboutYou("account@example.nl"),
      noSource,
      visitorKey(),
      myApplicationUrl,
    );
    await completeDraft(db, applicant);
    const { id } = (await getMyApplication(db, applicant)) ?? { id: "" };
    await locateApplication(db, createGazetteerGeocoder(), id);
    const account = await createUser(db, "account@example.nl");
    await withUser(db, account.claims, (tx) => tx.query("select app.claim_my_application()"));
    expect((await getMyApplication(db, { claims: account.claims, draftToken: undefined }))?.id).toBe(id);
    await submitApplication(db, { claims: account.claims, draftToken: undefined }, "http://localhost/mijn");

    const seenBy = async (claims: Personas["recruiterA"]["claims"]) =>
      withUser(db, claims, (tx) =>
        tx.query<{ id: string }>("select id from public.applications where id = $1", [id]),
      );
    expect(await seenBy(people.recruiterA.claims)).toHaveLength(1);
    expect(await seenBy(people.recruiterB.claims)).toHaveLength(0);
    expect(await seenBy(people.placementWorkerA.claims)).toHaveLength(0);
    expect(await seenBy(people.applicant.claims)).toHaveLength(0);
  });
});
