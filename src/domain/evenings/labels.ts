import { parentTypeLabels, parentTypes } from "../applications/options";
import type { RegistrationStatus } from "./evening";

export const registrationStatusLabels: Record<RegistrationStatus, string> = {
  registered: "Aangemeld",
  waitlisted: "Wachtlijst",
  cancelled: "Afgemeld",
  attended: "Aanwezig",
  no_show: "Niet gekomen",
};

export const interests = [...parentTypes, "unsure"] as const;
export type Interest = (typeof interests)[number];

/** The answers to "which kind of parenting interests you"; all but "unsure" are a public.parent_type. */
export const interestOptions: readonly { value: Interest; label: string }[] = [
  ...parentTypes.map((type) => ({ value: type, label: parentTypeLabels[type] })),
  { value: "unsure", label: "Weet ik nog niet" },
];
