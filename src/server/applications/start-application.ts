import type { AboutYou } from "../../domain/applications/schemas";
import { isInvalidParameter, isPermissionDenied, UserFacingError } from "../errors";
import { applicationStartAttemptEmail } from "../mail/templates/application-start-attempt";
import type { Database } from "../sql/engine";
import { withUser } from "../sql/with-user";
import { type Applicant, applicantClaims } from "./applicant";

export interface Source {
  source: string | undefined;
  utm: Record<string, string>;
}

export type StartOutcome =
  | { outcome: "created" | "continued"; applicationId: string }
  | { outcome: "exists" | "too_many" };

/**
 * Saves the first step. The same address again continues the caller's own application; an address
 * someone else already applied with answers `exists`, and shows nothing of that application.
 * `visitor` is the hashed network address the database counts starts by (`too_many` past its limit).
 * Parallel starts with one address are answered, never refused with an error. The owner of an
 * address that is taken hears of the attempt by mail, since the visitor's page will not say.
 */
export async function startApplication(
  db: Database,
  applicant: Applicant,
  aboutYou: AboutYou,
  source: Source,
  visitor: string,
  myApplicationUrl: string,
): Promise<StartOutcome> {
  try {
    return await withUser(db, applicantClaims(applicant), async (tx) => {
      const [started] = await tx.query<{ outcome: StartOutcome["outcome"]; application_id: string | null }>(
        "select * from app.start_application($1, $2, $3, $4::text::jsonb, $5)",
        [
          aboutYou.email,
          applicant.draftToken ?? null,
          source.source ?? null,
          JSON.stringify(source.utm),
          visitor,
        ],
      );
      if (started.outcome === "too_many") return { outcome: "too_many" };
      if (started.outcome === "exists" || !started.application_id) {
        tx.queueMail(applicationStartAttemptEmail(aboutYou.email, myApplicationUrl));
        return { outcome: "exists" };
      }
      await tx.query(
        `update public.applications set first_name = $2, last_name = $3, phone = nullif($4, ''),
           date_of_birth = $5,
           steps_completed = array(select distinct unnest(steps_completed || array['about_you']))
         where id = $1`,
        [
          started.application_id,
          aboutYou.firstName,
          aboutYou.lastName,
          aboutYou.phone ?? "",
          aboutYou.dateOfBirth.toISOString().slice(0, 10),
        ],
      );
      return { outcome: started.outcome, applicationId: started.application_id };
    });
  } catch (error) {
    if (isPermissionDenied(error)) {
      throw new UserFacingError((t) => t.application.otherAddressSignedIn, "email");
    }
    if (isInvalidParameter(error)) throw new UserFacingError((t) => t.email.invalid, "email");
    throw error;
  }
}
