export interface QueuedMail {
  id: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  attachments: { filename: string; content: string; contentType: string }[];
}

/** The mail port: where queued mail goes after commit. */
export interface MailTransport {
  readonly name: "outbox" | "resend";
  send(mail: QueuedMail): Promise<{ providerMessageId: string }>;
}

/** The embedded default: mail stays in the outbox table, readable at /dev/outbox. */
export const outboxTransport: MailTransport = {
  name: "outbox",
  async send(mail) {
    return { providerMessageId: `outbox:${mail.id}` };
  },
};
