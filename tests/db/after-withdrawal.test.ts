import { describe, expect, it } from "vitest";
import { getMyApplication } from "../../src/server/applications/get-my-application";
import { keepMyData } from "../../src/server/applications/keep-my-data";
import { reopenMyApplication, reopenRefusals } from "../../src/server/applications/reopen-my-application";
import { requestApplicationDeletion } from "../../src/server/applications/request-application-deletion";
import { submitApplication } from "../../src/server/applications/submit-application";
import { withdrawMyApplication } from "../../src/server/applications/withdraw-my-application";
import type { Database } from "../../src/server/sql/engine";
import { withService } from "../../src/server/sql/with-user";
import { testEngines } from "../support/databases";
import {
  createUser,
  insufficientPrivilege,
  type Persona,
  type Personas,
  queryAs,
  usePersonaDatabase,
} from "./personas";

const myApplicationUrl = "https://openhuis.test/mijn";

/** A complete, sent application of the person at `stage`, owned by organisation A (Pleegzorg A). */
async function sentApplication(db: Database, person: Persona, organisationId: string, stage = "screening") {
  const [row] = await withService(db, (tx) =>
    tx.query<{ id: string }>(
      `insert into public.applications
         (email, user_id, organisation_id, status, stage, first_name, last_name, date_of_birth, postcode,
          house_number, parent_types, steps_completed, submitted_at, privacy_version, privacy_consented_at)
       values ($1, $2, $3, 'submitted', $4::public.applicant_stage, 'Sam', 'Voorbeeld', '1985-03-15', '3511AB',
               '12a', '{foster}', '{about_you,household,interest,address,availability}', now(), '2026-11', now())
       returning id`,
      [person.email, person.id, organisationId, stage],
    ),
  );
  return row.id;
}

const mailsTo = (db: Database, to: string) =>
  withService(db, (tx) =>
    tx.query<{ kind: string; subject: string; text: string }>(
      "select kind, subject, text from private.mail_outbox where to_address = $1 order by created_at, id",
      [to],
    ),
  );

const consentOf = async (db: Database, id: string) => {
  const [row] = await withService(db, (tx) =>
    tx.query<{ consented: boolean }>(
      "select keep_data_consented_at is not null as consented from public.applications where id = $1",
      [id],
    ),
  );
  return row.consented;
};

describe.each(testEngines)("after an application ends, on $name", (engine) => {
  let db: Database;
  let people: Personas;
  usePersonaDatabase(engine, (opened) => ({ db, people } = opened));

  describe("the applicant's confirmation mail", () => {
    it("confirms a withdrawal once, with what happens to the data and whom to call", async () => {
      await withService(db, (tx) =>
        tx.query("update public.organisations set public_phone = '030 000 1111' where id = $1", [
          people.organisations.a,
        ]),
      );
      const person = await createUser(db, "intrekker@voorbeeld.test");
      await sentApplication(db, person, people.organisations.a);

      await withdrawMyApplication(db, person.claims, "Nu even niet", false, myApplicationUrl);
      await withdrawMyApplication(db, person.claims, undefined, false, myApplicationUrl);

      const mails = await mailsTo(db, person.email);
      expect(mails.map((mail) => mail.kind)).toEqual(["application_withdrawn"]);
      expect(mails[0].text).toContain("Hoi Sam, je hebt je aanmelding ingetrokken.");
      expect(mails[0].text).toContain("We verwijderen je gegevens binnen 4 weken.");
      expect(mails[0].text).toContain("'Opnieuw aanmelden'");
      expect(mails[0].text).toContain("Neem dan contact op met Pleegzorg A: 030 000 1111.");
      expect(mails[0].text).not.toContain("Nu even niet");
    });

    it("says the data is kept at most a year when they consented while withdrawing", async () => {
      const person = await createUser(db, "bewaarder@voorbeeld.test");
      await sentApplication(db, person, people.organisations.a);
      await withdrawMyApplication(db, person.claims, undefined, true, myApplicationUrl);
      const [mail] = await mailsTo(db, person.email);
      expect(mail.text).toContain("we bewaren ze hoogstens 1 jaar");
    });

    it("confirms a deletion request once, and tells when applying again is possible", async () => {
      const person = await createUser(db, "wisser@voorbeeld.test");
      await sentApplication(db, person, people.organisations.b);

      await requestApplicationDeletion(db, person.claims, myApplicationUrl);
      await requestApplicationDeletion(db, person.claims, myApplicationUrl);

      const mails = await mailsTo(db, person.email);
      expect(mails.map((mail) => mail.kind)).toEqual(["deletion_request_received"]);
      expect(mails[0].text).toContain("verwijdert je gegevens binnen 4 weken");
      expect(mails[0].text).toContain("zodra je gegevens zijn verwijderd");
    });
  });

  describe("consent to keep the data a year", () => {
    it("can be given after a rejection, and taken back", async () => {
      const person = await createUser(db, "afgewezen-later@voorbeeld.test");
      const id = await sentApplication(db, person, people.organisations.a);
      await withService(db, (tx) =>
        tx.query("update public.applications set status = 'rejected', withdrawn_at = now() where id = $1", [
          id,
        ]),
      );

      await keepMyData(db, person.claims, true);
      expect(await consentOf(db, id)).toBe(true);
      await keepMyData(db, person.claims, false);
      expect(await consentOf(db, id)).toBe(false);
    });

    it("cannot be given while the application runs, nor after a deletion request", async () => {
      const running = await createUser(db, "loopt-nog@voorbeeld.test");
      const runningId = await sentApplication(db, running, people.organisations.a);
      await keepMyData(db, running.claims, true);
      expect(await consentOf(db, runningId)).toBe(false);

      const deleting = await createUser(db, "wil-weg@voorbeeld.test");
      const deletingId = await sentApplication(db, deleting, people.organisations.a);
      await requestApplicationDeletion(db, deleting.claims, myApplicationUrl);
      await keepMyData(db, deleting.claims, true);
      expect(await consentOf(db, deletingId)).toBe(false);
    });
  });

  describe("applying again with the same address", () => {
    it("turns the withdrawn application into a draft with the answers given, to send again", async () => {
      const person = await createUser(db, "terug@voorbeeld.test");
      const id = await sentApplication(db, person, people.organisations.a, "screening");
      await withdrawMyApplication(db, person.claims, "Verhuizing", true, myApplicationUrl);

      await reopenMyApplication(db, person.claims);

      const reopened = await getMyApplication(db, { claims: person.claims, draftToken: undefined });
      expect(reopened).toMatchObject({
        id,
        status: "draft",
        stage: "interest",
        firstName: "Sam",
        postcode: "3511AB",
        withdrawnAt: null,
        withdrawalReason: null,
        keepDataConsentedAt: null,
        privacyConsentedAt: null,
      });
      // Staff see sent applications only: the draft is the applicant's alone until it is sent again.
      expect(
        await queryAs(db, people.recruiterA, "select id from public.applications where id = $1", [id]),
      ).toEqual([]);

      await submitApplication(db, { claims: person.claims, draftToken: undefined }, myApplicationUrl);
      const sent = await getMyApplication(db, { claims: person.claims, draftToken: undefined });
      expect(sent).toMatchObject({ status: "submitted", stage: "application" });

      const history = await withService(db, (tx) =>
        tx.query<{ from_stage: string | null; to_stage: string; to_status: string | null }>(
          "select from_stage, to_stage, to_status from public.application_stage_history where application_id = $1 order by at, id",
          [id],
        ),
      );
      expect(history.slice(-3)).toEqual([
        { from_stage: "screening", to_stage: "screening", to_status: "withdrawn" },
        { from_stage: "screening", to_stage: "interest", to_status: "draft" },
        { from_stage: "interest", to_stage: "application", to_status: null },
      ]);
    });

    it("is refused while the application runs, after a rejection, a deletion request or an approval", async () => {
      const running = await createUser(db, "nog-bezig@voorbeeld.test");
      await sentApplication(db, running, people.organisations.a);
      await expect(reopenMyApplication(db, running.claims)).rejects.toThrow(reopenRefusals.not_withdrawn);

      const rejected = await createUser(db, "niet-geschikt@voorbeeld.test");
      const rejectedId = await sentApplication(db, rejected, people.organisations.a);
      await withService(db, (tx) =>
        tx.query("update public.applications set status = 'rejected' where id = $1", [rejectedId]),
      );
      await expect(reopenMyApplication(db, rejected.claims)).rejects.toThrow(reopenRefusals.not_withdrawn);

      const deleting = await createUser(db, "verwijder-mij@voorbeeld.test");
      await sentApplication(db, deleting, people.organisations.a);
      await requestApplicationDeletion(db, deleting.claims, myApplicationUrl);
      await expect(reopenMyApplication(db, deleting.claims)).rejects.toThrow(
        reopenRefusals.deletion_requested,
      );

      const approved = await createUser(db, "was-gezin@voorbeeld.test");
      const approvedId = await sentApplication(db, approved, people.organisations.a, "available");
      await withService(db, (tx) =>
        tx.query(
          `insert into public.household_contacts (household_id, display_name, application_id)
           values ($1, 'Gezin Voorbeeld', $2)
           on conflict (household_id) do update set application_id = excluded.application_id`,
          [people.households.a2, approvedId],
        ),
      );
      await withdrawMyApplication(db, approved.claims, undefined, false, myApplicationUrl);
      await expect(reopenMyApplication(db, approved.claims)).rejects.toThrow(reopenRefusals.approved_before);
    });

    it("opens only the caller's own application, and never for a visitor without an account", async () => {
      const owner = await createUser(db, "eigenaar@voorbeeld.test");
      const id = await sentApplication(db, owner, people.organisations.a);
      await withdrawMyApplication(db, owner.claims, undefined, false, myApplicationUrl);

      await expect(reopenMyApplication(db, people.applicant.claims)).rejects.toThrow(
        reopenRefusals.not_withdrawn,
      );
      await expect(queryAs(db, null, "select app.reopen_my_application()")).rejects.toMatchObject(
        insufficientPrivilege,
      );
      const [row] = await withService(db, (tx) =>
        tx.query<{ status: string }>("select status from public.applications where id = $1", [id]),
      );
      expect(row.status).toBe("withdrawn");
    });
  });
});
