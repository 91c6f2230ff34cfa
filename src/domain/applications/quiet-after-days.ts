import { z } from "zod";

const message = "Kies 1 tot en met 365 dagen.";

/** The admin's form at /beheer: after how many days without activity the board flags an applicant. */
export const quietAfterDaysSchema = z.object({
  organisationId: z.uuid(),
  quietAfterDays: z.coerce
    .number({ error: message })
    .int({ error: message })
    .min(1, { error: message })
    .max(365, { error: message }),
});
