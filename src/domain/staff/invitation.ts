import { z } from "zod";

export const acceptInvitationSchema = z.object({
  token: z
    .string()
    .min(32, "Deze uitnodigingslink is niet compleet.")
    .max(200, "Deze uitnodigingslink klopt niet."),
});

/** What the invited person reads when accepting did not work; nothing here names the invited address. */
export const invitationRefusalMessages = {
  other_address:
    "Deze uitnodiging is voor een ander e-mailadres. Log uit en log in met het adres waarop je de uitnodiging kreeg.",
  invalid:
    "Deze uitnodiging is verlopen, al gebruikt of ingetrokken. Vraag de beheerder van je organisatie om een nieuwe.",
} as const;
