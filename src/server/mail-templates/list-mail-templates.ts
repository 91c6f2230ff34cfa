import { type MailTemplateKey, mailTemplateKeys } from "../../domain/mail-templates/templates";
import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";
import { type MailTemplate, readMailTemplates } from "./mail-template-row";

/** The templates a recruiter edits at /werving/sjablonen, in the order of the process. */
export async function listMailTemplates(
  db: Database,
  claims: Claims,
  organisationId: string,
): Promise<MailTemplate[]> {
  const found = await withUser(db, claims, (tx) => readMailTemplates(tx, organisationId));
  const byKey = new Map(found.map((template) => [template.key, template]));
  return mailTemplateKeys.flatMap((key: MailTemplateKey) => byKey.get(key) ?? []);
}
