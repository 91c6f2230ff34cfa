import { z } from "zod";
import { emailSchema } from "../auth/sign-in";
import { staffRoles } from "./roles";

export const staffInviteSchema = z.object({
  organisationId: z.uuid("Kies een organisatie."),
  email: emailSchema,
  role: z.enum(staffRoles, { error: "Kies een rol." }),
});
