import { z } from "zod";

/** After a withdrawal or rejection: keep the data at most a year ("ja") or delete it within 4 weeks ("nee"). */
export const keepDataSchema = z.object({
  keep: z.enum(["ja", "nee"], { error: "Kies of we je gegevens mogen bewaren." }),
});

/** Whether /mijn offers applying again: after a withdrawal, before a deletion request. */
export function mayApplyAgain(application: { status: string; deletionRequestedAt: Date | null }): boolean {
  return application.status === "withdrawn" && application.deletionRequestedAt === null;
}
