import { z } from "zod";

const days = (min: number, max: number, message: string) =>
  z.coerce
    .number({ error: message })
    .int({ error: message })
    .min(min, { error: message })
    .max(max, { error: message });

/** Retention periods an admin may set; the bounds are the privacy statement's promise. */
export const retentionSettingsSchema = z.object({
  organisationId: z.uuid(),
  endedApplicationDays: days(
    0,
    28,
    "Kies 0 tot en met 28 dagen: de privacyverklaring belooft hoogstens 4 weken.",
  ),
  endedApplicationWithConsentDays: days(
    0,
    365,
    "Kies 0 tot en met 365 dagen: met toestemming bewaren we hoogstens 1 jaar.",
  ),
  unsentDraftDays: days(7, 90, "Kies 7 tot en met 90 dagen: de privacyverklaring belooft hoogstens 90."),
  pastEveningRegistrationDays: days(
    1,
    90,
    "Kies 1 tot en met 90 dagen: de privacyverklaring belooft hoogstens 90.",
  ),
});

export type RetentionSettings = Omit<z.infer<typeof retentionSettingsSchema>, "organisationId">;
