import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createResendTransport } from "../../src/server/mail/resend";
import { startResendFake } from "../fakes/resend";

describe("Resend adapter against a local fake of the Resend API", () => {
  let fake: Awaited<ReturnType<typeof startResendFake>>;
  beforeAll(async () => {
    fake = await startResendFake();
  });
  afterAll(() => fake.close());

  const mail = {
    id: "8f0c7a52-4a39-4d43-9a57-3a3ca0f4f111",
    to: "aspirant@example.nl",
    subject: "Je inlogcode",
    html: "<p>123456</p>",
    text: "123456",
    attachments: [{ filename: "avond.ics", content: "QkVHSU4=", contentType: "text/calendar" }],
  };

  it("sends from our address with the HTML, the text part and attachments", async () => {
    const transport = createResendTransport("re_test_key", "Openhuis <noreply@openhuis.nl>", fake.url);
    const { providerMessageId } = await transport.send(mail);
    expect(providerMessageId).toMatch(/[0-9a-f-]{36}/);
    const [sent] = fake.received;
    expect(sent.body).toMatchObject({
      from: "Openhuis <noreply@openhuis.nl>",
      to: ["aspirant@example.nl"],
      subject: "Je inlogcode",
      text: "123456",
    });
    expect(sent.body.attachments).toHaveLength(1);
    expect(sent.headers["idempotency-key"]).toBe(`outbox-${mail.id}`);
  });

  it("sends a retried outbox row only once", async () => {
    const transport = createResendTransport("re_test_key", "Openhuis <noreply@openhuis.nl>", fake.url);
    const before = fake.received.length;
    const first = await transport.send(mail);
    const second = await transport.send(mail);
    expect(second.providerMessageId).toBe(first.providerMessageId);
    expect(fake.received.length).toBe(before);
  });

  it("throws when Resend answers with an error, so the outbox retries", async () => {
    const transport = createResendTransport("re_test_key", "Openhuis <noreply@openhuis.nl>", fake.url);
    fake.failNext(1);
    await expect(transport.send({ ...mail, id: "c1" })).rejects.toThrow(/internal_server_error/);
    const wrongKey = createResendTransport("re_wrong", "Openhuis <noreply@openhuis.nl>", fake.url);
    await expect(wrongKey.send({ ...mail, id: "c2" })).rejects.toThrow(/missing_api_key/);
  });
});
