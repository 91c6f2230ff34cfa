import type { Database } from "../sql/engine";
import { withService } from "../sql/with-user";

export interface OutboxMessage {
  id: string;
  kind: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  status: "pending" | "sent" | "failed";
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  attachments: string[];
}

interface OutboxRow {
  id: string;
  kind: string;
  to_address: string;
  subject: string;
  html: string;
  text: string;
  status: OutboxMessage["status"];
  attempts: number;
  last_error: string | null;
  created_at: Date;
  attachments: { filename: string }[];
}

const toMessage = (row: OutboxRow): OutboxMessage => ({
  id: row.id,
  kind: row.kind,
  to: row.to_address,
  subject: row.subject,
  html: row.html,
  text: row.text,
  status: row.status,
  attempts: row.attempts,
  lastError: row.last_error,
  createdAt: new Date(row.created_at),
  attachments: row.attachments.map((attachment) => attachment.filename),
});

/** For the developer's outbox page only (never in production), optionally for one address. */
export async function listOutbox(db: Database, to?: string, limit = 100): Promise<OutboxMessage[]> {
  const rows = await withService(db, (tx) =>
    tx.query<OutboxRow>(
      `select * from private.mail_outbox where ($1::text is null or to_address = $1)
       order by created_at desc limit $2`,
      [to ?? null, limit],
    ),
  );
  return rows.map(toMessage);
}

export async function getOutboxMessage(db: Database, id: string): Promise<OutboxMessage | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  const [row] = await withService(db, (tx) =>
    tx.query<OutboxRow>("select * from private.mail_outbox where id = $1", [id]),
  );
  return row ? toMessage(row) : undefined;
}
