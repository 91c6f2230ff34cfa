import { listMyEveningRegistrations } from "../evenings/list-my-evening-registrations";
import type { Database } from "../sql/engine";
import type { Claims } from "../sql/with-user";
import { getMyApplication } from "./get-my-application";

/** Everything we hold about the signed-in applicant, as they can download it (AVG right of access). */
export async function exportMyData(db: Database, claims: Claims): Promise<Record<string, unknown>> {
  const application = await getMyApplication(db, { claims, draftToken: undefined });
  return {
    exportedAt: new Date().toISOString(),
    account: { email: claims.email },
    application: application ?? null,
    informationEvenings: await listMyEveningRegistrations(db, claims, "all"),
  };
}
