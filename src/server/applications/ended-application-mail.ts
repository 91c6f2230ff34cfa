import type { EndedApplicationMail } from "../mail/templates/application-ended";
import type { UserTransaction } from "../sql/with-user";

/**
 * The signed-in applicant's own application as a mail about its end needs it: address, first name and
 * the organisation's public contact. `status` tells whether the call that ended it changed anything.
 */
export async function endedApplicationMail(
  tx: UserTransaction,
  myApplicationUrl: string,
): Promise<(EndedApplicationMail & { status: string; keepData: boolean }) | undefined> {
  const [own] = await tx.query<{
    email: string;
    first_name: string | null;
    status: string;
    keep_data: boolean;
    organisation_name: string | null;
    public_phone: string | null;
    public_email: string | null;
  }>(
    `select a.email, a.first_name, a.status, a.keep_data_consented_at is not null as keep_data,
            o.name as organisation_name, o.public_phone, o.public_email
     from public.applications a left join public.organisations o on o.id = a.organisation_id
     where a.user_id = (select auth.uid())`,
  );
  if (!own) return undefined;
  return {
    to: own.email,
    firstName: own.first_name,
    myApplicationUrl,
    organisation: own.organisation_name
      ? { name: own.organisation_name, phone: own.public_phone, email: own.public_email }
      : null,
    status: own.status,
    keepData: own.keep_data,
  };
}
