import type { MailTemplateKey } from "../../domain/mail-templates/templates";
import type { SqlExecutor } from "../sql/engine";

export interface MailTemplate {
  key: MailTemplateKey;
  subject: string;
  body: string;
  /** False while the organisation uses the default text. */
  customised: boolean;
  updatedAt: Date;
}

/**
 * The organisation's templates: its own text where it changed one, the default elsewhere. Runs as
 * the caller, so the policy decides: another organisation's texts are never found.
 */
export async function readMailTemplates(
  tx: SqlExecutor,
  organisationId: string,
  key?: MailTemplateKey,
): Promise<MailTemplate[]> {
  const rows = await tx.query<{
    template_key: MailTemplateKey;
    subject: string;
    body: string;
    customised: boolean;
    updated_at: Date;
  }>(
    `select distinct on (t.template_key) t.template_key, t.subject, t.body,
            t.organisation_id is not null as customised, t.updated_at
     from public.mail_templates t
     where (t.organisation_id = $1 or t.organisation_id is null) and ($2::text is null or t.template_key = $2)
     order by t.template_key, t.organisation_id nulls last`,
    [organisationId, key ?? null],
  );
  return rows.map((row) => ({
    key: row.template_key,
    subject: row.subject,
    body: row.body,
    customised: row.customised,
    updatedAt: new Date(row.updated_at),
  }));
}
