import { z } from "zod";
import { emailField } from "../auth/sign-in";
import { staffRoles } from "./roles";

export const staffInviteSchema = z.object({
  organisationId: z.uuid("Kies een organisatie."),
  // The admin types a colleague's address, not their own.
  email: emailField("Vul het e-mailadres van de medewerker in."),
  role: z.enum(staffRoles, { error: "Kies een rol." }),
});
