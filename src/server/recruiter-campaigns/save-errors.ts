import type { CampaignDetails } from "../../domain/recruiter-campaigns/campaign-form";
import { isPermissionDenied, notAllowedMessage, UserFacingError } from "../errors";
import { knownMunicipality } from "./municipalities";

const isUniqueViolation = (error: unknown) =>
  typeof error === "object" && error !== null && "code" in error && error.code === "23505";

/** The details as stored: the municipality in its own spelling, refused with a field message when unknown. */
export function checkedDetails(details: CampaignDetails): CampaignDetails {
  if (details.municipality === null) return details;
  const municipality = knownMunicipality(details.municipality);
  if (!municipality) {
    throw new UserFacingError(
      "Deze gemeente kennen we niet. Kies een gemeente uit de lijst, of laat het veld leeg voor de hele regio.",
      "municipality",
    );
  }
  return { ...details, municipality };
}

/** A refusal from the database as the form shows it; other errors stay server errors. */
export function campaignSaveError(error: unknown): unknown {
  if (isUniqueViolation(error)) {
    return new UserFacingError("Dit webadres is al in gebruik. Kies een ander webadres.", "slug");
  }
  if (isPermissionDenied(error)) return new UserFacingError(notAllowedMessage);
  return error;
}
