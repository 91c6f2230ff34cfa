import { parentTypes } from "../applications/options";
import type { RegistrationStatus } from "./evening";

export const registrationStatusLabels: Record<RegistrationStatus, string> = {
  registered: "Aangemeld",
  waitlisted: "Wachtlijst",
  cancelled: "Afgemeld",
  attended: "Aanwezig",
  no_show: "Niet gekomen",
};

/** The answers to "which kind of parenting interests you"; all but "unsure" are a public.parent_type. */
export const interests = [...parentTypes, "unsure"] as const;
export type Interest = (typeof interests)[number];
