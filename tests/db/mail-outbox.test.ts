import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { newSecretToken } from "../../src/server/secret-token";
import type { Database } from "../../src/server/sql/engine";
import { openPostgres } from "../../src/server/sql/postgres";
import { type OutgoingMail, onMailCommitted, withService, withUser } from "../../src/server/sql/with-user";
import { testEngines } from "../support/databases";
import { insufficientPrivilege, type Personas, queryAs, usePersonaDatabase } from "./personas";

const welcome = (to: string, kind: string): OutgoingMail => ({
  to,
  subject: "Welkom bij Openhuis",
  html: "<p>Welkom</p>",
  text: "Welkom",
  kind,
});

const outboxRows = (db: Database, kind: string) =>
  withService(db, (tx) =>
    tx.query<{ to_address: string; subject: string; status: string }>(
      "select to_address, subject, status from private.mail_outbox where kind = $1",
      [kind],
    ),
  );

/**
 * One connection that every query reuses, so a test can see what a transaction leaves behind on
 * the session. PGlite has only one; for Postgres we open a pool of one to the same database.
 */
async function singleSession(db: Database): Promise<{ session: Database; close(): Promise<void> }> {
  if (db.engine === "pglite") return { session: db, close: async () => {} };
  const [{ name }] = await db.query<{ name: string }>("select current_database() as name");
  const url = new URL(process.env.TEST_DATABASE_URL ?? "");
  url.pathname = `/${name}`;
  const session = openPostgres(url.toString(), { max: 1 });
  return { session, close: () => session.close() };
}

describe.each(testEngines)("a user's transaction on $name", (engine) => {
  let db: Database;
  let people: Personas;
  usePersonaDatabase(engine, (opened) => ({ db, people } = opened));

  describe("mail queued in it", () => {
    afterEach(() => onMailCommitted(() => {}));

    it("is in the outbox once the change it belongs to commits", async () => {
      await withUser(db, people.adminA.claims, async (tx) => {
        await tx.query("select app.grant_staff_role($1, 'welkom@voorbeeld.test', 'recruiter', $2)", [
          people.organisations.a,
          newSecretToken(),
        ]);
        tx.queueMail(welcome("welkom@voorbeeld.test", "test.committed"));
      });

      expect(await outboxRows(db, "test.committed")).toEqual([
        { to_address: "welkom@voorbeeld.test", subject: "Welkom bij Openhuis", status: "pending" },
      ]);
    });

    it("keeps a mail's attachments as a list the deliverer can send", async () => {
      const invite = {
        filename: "kennismaking.ics",
        content: "BEGIN:VCALENDAR",
        contentType: "text/calendar",
      };
      await withUser(db, people.applicant.claims, async (tx) => {
        tx.queueMail({ ...welcome("bijlage@voorbeeld.test", "test.attachment"), attachments: [invite] });
      });

      const [mail] = await withService(db, (tx) =>
        tx.query<{ attachments: unknown }>(
          "select attachments from private.mail_outbox where kind = 'test.attachment'",
        ),
      );
      expect(mail.attachments).toEqual([invite]);
    });

    it("is never sent when the work fails after queueing it", async () => {
      const failure = new Error("the change was refused");
      await expect(
        withUser(db, people.adminA.claims, async (tx) => {
          await tx.query("select app.grant_staff_role($1, 'teruggedraaid@voorbeeld.test', 'recruiter', $2)", [
            people.organisations.a,
            newSecretToken(),
          ]);
          tx.queueMail(welcome("teruggedraaid@voorbeeld.test", "test.rolled-back"));
          throw failure;
        }),
      ).rejects.toBe(failure);

      expect(await outboxRows(db, "test.rolled-back")).toEqual([]);
      const invitations = await withService(db, (tx) =>
        tx.query("select 1 from public.staff_invitations where email = 'teruggedraaid@voorbeeld.test'"),
      );
      expect(invitations).toEqual([]);
    });

    it("is handed to delivery only after the commit, with the number of messages", async () => {
      const committed: number[] = [];
      onMailCommitted((mails) => committed.push(mails));

      await withUser(db, people.applicant.claims, async (tx) => {
        tx.queueMail(welcome("een@voorbeeld.test", "test.delivery"));
        tx.queueMail(welcome("twee@voorbeeld.test", "test.delivery"));
      });
      await withUser(db, people.applicant.claims, async (tx) => {
        tx.queueMail(welcome("drie@voorbeeld.test", "test.delivery"));
        throw new Error("rolled back");
      }).catch(() => {});

      expect(committed).toEqual([2]);
      expect(await outboxRows(db, "test.delivery")).toHaveLength(2);
    });
  });

  describe("the outbox", () => {
    it("cannot be read by a signed-in user or an anonymous visitor", async () => {
      await expect(queryAs(db, people.adminA, "select * from private.mail_outbox")).rejects.toMatchObject(
        insufficientPrivilege,
      );
      await expect(queryAs(db, null, "select * from private.mail_outbox")).rejects.toMatchObject(
        insufficientPrivilege,
      );
    });

    it("cannot be written by a user directly, so nobody sends mail through it", async () => {
      await expect(
        queryAs(
          db,
          people.applicant,
          "insert into private.mail_outbox (kind, to_address, subject, html, text) values ('spam', 'x@voorbeeld.test', 's', 'h', 't')",
        ),
      ).rejects.toMatchObject(insufficientPrivilege);
    });
  });

  describe("its role and claims", () => {
    let session: Database;
    let close: () => Promise<void>;

    beforeAll(async () => {
      ({ session, close } = await singleSession(db));
    });
    afterAll(() => close());

    const sessionState = () =>
      session.query<{ name: string; uid: string | null }>(
        "select current_user::text as name, auth.uid() as uid",
      );

    it("acts as the signed-in user inside the transaction", async () => {
      const inside = await withUser(session, people.recruiterA.claims, (tx) =>
        tx.query("select current_user::text as name, auth.uid() as uid"),
      );
      expect(inside).toEqual([{ name: "authenticated", uid: people.recruiterA.id }]);
    });

    it("acts as the anonymous role for a visitor without a session", async () => {
      const inside = await withUser(session, null, (tx) =>
        tx.query("select current_user::text as name, auth.uid() as uid, auth.role() as role"),
      );
      expect(inside).toEqual([{ name: "anon", uid: null, role: "anon" }]);
    });

    it("leaves the connection as it found it, after success, failure or queued mail", async () => {
      const [before] = await sessionState();
      expect(before.name).not.toBe("authenticated");

      await withUser(session, people.recruiterA.claims, (tx) => tx.query("select 1"));
      expect(await sessionState()).toEqual([{ name: before.name, uid: null }]);

      await withUser(session, people.recruiterA.claims, async () => {
        throw new Error("refused");
      }).catch(() => {});
      expect(await sessionState()).toEqual([{ name: before.name, uid: null }]);

      await withUser(session, people.recruiterA.claims, async (tx) => {
        tx.queueMail(welcome("sessie@voorbeeld.test", "test.session"));
      });
      expect(await sessionState()).toEqual([{ name: before.name, uid: null }]);
    });
  });
});
