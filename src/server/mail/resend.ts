import { Resend } from "resend";
import type { MailTransport } from "./transport";

export class MailDeliveryError extends Error {}

/** `baseUrl` is for tests against a local fake; the SDK also honours RESEND_BASE_URL. */
export function createResendTransport(apiKey: string, from: string, baseUrl?: string): MailTransport {
  const resend = new Resend(apiKey, baseUrl ? { baseUrl } : undefined);
  return {
    name: "resend",
    async send(mail) {
      const { data, error } = await resend.emails.send(
        {
          from,
          to: [mail.to],
          subject: mail.subject,
          html: mail.html,
          text: mail.text,
          attachments: mail.attachments.map((attachment) => ({
            filename: attachment.filename,
            content: attachment.content,
            contentType: attachment.contentType,
          })),
        },
        // A retry of the same outbox row never sends the mail twice.
        { idempotencyKey: `outbox-${mail.id}` },
      );
      if (error || !data)
        throw new MailDeliveryError(`Resend: ${error?.name ?? "no data"}: ${error?.message ?? ""}`);
      return { providerMessageId: data.id };
    },
  };
}
