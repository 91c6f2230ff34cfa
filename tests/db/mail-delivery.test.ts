import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deliverDueMail, retryDelaysMinutes } from "../../src/server/mail/deliver-outbox";
import { type MailTransport, outboxTransport } from "../../src/server/mail/transport";
import type { Database } from "../../src/server/sql/engine";
import { withService, withUser } from "../../src/server/sql/with-user";
import { testEngines } from "../support/databases";

const failing: MailTransport = {
  name: "resend",
  async send() {
    throw new Error("provider down");
  },
};

async function queue(db: Database, to: string) {
  await withUser(db, null, async (tx) => {
    tx.queueMail({ kind: "test", to, subject: "Bevestiging", html: "<p>Hoi</p>", text: "Hoi" });
  });
}

async function outboxRow(db: Database, to: string) {
  const [row] = await withService(db, (tx) =>
    tx.query<{ status: string; attempts: number; last_error: string | null; due_in_minutes: number }>(
      `select status, attempts, last_error,
              round(extract(epoch from next_attempt_at - now()) / 60)::int as due_in_minutes
       from private.mail_outbox where to_address = $1`,
      [to],
    ),
  );
  return row;
}

async function makeDue(db: Database, to: string) {
  await withService(db, (tx) =>
    tx.query("update private.mail_outbox set next_attempt_at = now() where to_address = $1", [to]),
  );
}

describe.each(testEngines)("mail delivery from the outbox on $name", (engine) => {
  let db: Database;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    ({ db, dispose } = await engine.open());
  });
  afterAll(() => dispose());

  it("keeps mail queued and retries later when the provider is down", async () => {
    await queue(db, "retry@example.nl");
    const result = await deliverDueMail(db, failing);
    expect(result.failed).toBeGreaterThanOrEqual(1);
    const row = await outboxRow(db, "retry@example.nl");
    expect(row).toMatchObject({ status: "pending", attempts: 1, last_error: "provider down" });
    expect(row.due_in_minutes).toBe(retryDelaysMinutes[0]);
  });

  it("delivers once the provider is back, and not twice", async () => {
    const sent: string[] = [];
    const working: MailTransport = {
      name: "resend",
      async send(mail) {
        sent.push(mail.to);
        return { providerMessageId: `id-${mail.id}` };
      },
    };
    await makeDue(db, "retry@example.nl");
    await deliverDueMail(db, working);
    await deliverDueMail(db, working);
    expect(sent.filter((to) => to === "retry@example.nl")).toHaveLength(1);
    expect((await outboxRow(db, "retry@example.nl")).status).toBe("sent");
  });

  it("gives up after the last retry and marks the mail failed", async () => {
    await queue(db, "kapot@example.nl");
    for (let attempt = 0; attempt <= retryDelaysMinutes.length; attempt++) {
      await makeDue(db, "kapot@example.nl");
      await deliverDueMail(db, failing);
    }
    expect(await outboxRow(db, "kapot@example.nl")).toMatchObject({
      status: "failed",
      attempts: retryDelaysMinutes.length + 1,
    });
  });

  it("does not send mail that is leased by another server", async () => {
    await queue(db, "lease@example.nl");
    const slow: MailTransport = { name: "resend", send: async (mail) => ({ providerMessageId: mail.id }) };
    const first = deliverDueMail(db, slow);
    const second = deliverDueMail(db, slow);
    const results = await Promise.all([first, second]);
    expect(results.reduce((total, result) => total + result.sent, 0)).toBe(1);
  });

  describe("once sent", () => {
    const storedMail = async (to: string) => {
      const [row] = await withService(db, (tx) =>
        tx.query<{
          kind: string;
          to_address: string;
          subject: string;
          html: string;
          text: string;
          attachments: unknown;
        }>(
          "select kind, to_address, subject, html, text, attachments from private.mail_outbox where to_address = $1",
          [to],
        ),
      );
      return row;
    };
    const signInMail = (to: string) =>
      withUser(db, null, async (tx) => {
        tx.queueMail({
          kind: "sign_in_code",
          to,
          subject: "Je inlogcode is 123456",
          html: "<p>123456</p>",
          text: "123456",
          attachments: [{ filename: "a.ics", content: "BEGIN:VCALENDAR", contentType: "text/calendar" }],
        });
      });

    it("keeps no subject, body, code or attachment after a real mailbox accepted it", async () => {
      await signInMail("verzonden@example.nl");
      const resend: MailTransport = {
        name: "resend",
        send: async (mail) => ({ providerMessageId: mail.id }),
      };
      await deliverDueMail(db, resend);

      expect(await storedMail("verzonden@example.nl")).toEqual({
        kind: "sign_in_code",
        to_address: "verzonden@example.nl",
        subject: "",
        html: "",
        text: "",
        attachments: [],
      });
    });

    it("keeps the code readable while the outbox is the mailbox (development, tests)", async () => {
      await signInMail("ontwikkeling@example.nl");
      await deliverDueMail(db, outboxTransport);

      expect(await storedMail("ontwikkeling@example.nl")).toMatchObject({
        subject: "Je inlogcode is 123456",
        text: "123456",
      });
    });
  });
});
