import type { Database, SqlExecutor } from "./engine";

/** JWT claims in Supabase's shape; `sub` is the auth.users id. */
export interface Claims {
  sub: string;
  email?: string;
  role: "authenticated";
  aud?: string;
  exp?: number;
  iat?: number;
  [claim: string]: unknown;
}

/** An anonymous visitor; `draft_token` lets them reach their own unsent application (RLS reads it). */
export interface VisitorClaims {
  role: "anon";
  draft_token?: string;
  [claim: string]: unknown;
}

export interface UserTransaction extends SqlExecutor {
  readonly role: "anon" | "authenticated" | "service_role";
  /** Queues a message that is written to the outbox in this transaction, so it exists only if the change commits. */
  queueMail(message: OutgoingMail): void;
}

export interface OutgoingMail {
  /** The outbox row's id, when the caller needs to point at it (a timeline entry); generated otherwise. */
  id?: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  /** Why the mail exists, for the outbox and the developer view (never personal data). */
  kind: string;
  attachments?: { filename: string; content: string; contentType: string }[];
}

type AfterCommit = (mails: number) => void;
let afterCommit: AfterCommit = () => {};

/** The mail deliverer registers here, so a commit that queued mail triggers delivery at once. */
export function onMailCommitted(listener: AfterCommit): void {
  afterCommit = listener;
}

/**
 * Runs `work` in one transaction as the user, exactly as PostgREST does, so RLS and auth.uid()
 * behave as on Supabase. `claims = null` is the anonymous visitor.
 */
export function withUser<T>(
  db: Database,
  claims: Claims | VisitorClaims | null,
  work: (tx: UserTransaction) => Promise<T>,
): Promise<T> {
  const role = claims?.role === "authenticated" ? "authenticated" : "anon";
  const jwt = claims ?? { role: "anon" };
  return runAs(db, role, jwt, work);
}

/**
 * For jobs and the auth subsystem only (reminders, retention, outbox, sign-in codes): runs as
 * service_role, which bypasses RLS. Never call it with data from a request without checking the caller first.
 */
export function withService<T>(db: Database, work: (tx: UserTransaction) => Promise<T>): Promise<T> {
  return runAs(db, "service_role", { role: "service_role" }, work);
}

async function runAs<T>(
  db: Database,
  role: UserTransaction["role"],
  jwt: Record<string, unknown>,
  work: (tx: UserTransaction) => Promise<T>,
): Promise<T> {
  const mails: OutgoingMail[] = [];
  const result = await db.transaction(async (tx) => {
    await tx.query("select set_config('role', $1, true), set_config('request.jwt.claims', $2, true)", [
      role,
      JSON.stringify(jwt),
    ]);
    const value = await work({
      role,
      query: (text, params) => tx.query(text, params),
      exec: (script) => tx.exec(script),
      queueMail: (message) => mails.push(message),
    });
    if (mails.length > 0) await writeOutbox(tx, mails);
    return value;
  });
  if (mails.length > 0) afterCommit(mails.length);
  return result;
}

async function writeOutbox(tx: SqlExecutor, mails: OutgoingMail[]): Promise<void> {
  // The outbox is a system table: write it as the service, still inside the user's transaction.
  await tx.query("select set_config('role', 'service_role', true)");
  for (const mail of mails) {
    await tx.query(
      `insert into private.mail_outbox (id, kind, to_address, subject, html, text, attachments)
       values (coalesce($7::uuid, gen_random_uuid()), $1, $2, $3, $4, $5, $6::text::jsonb)`,
      [
        mail.kind,
        mail.to,
        mail.subject,
        mail.html,
        mail.text,
        JSON.stringify(mail.attachments ?? []),
        mail.id ?? null,
      ],
    );
  }
}
