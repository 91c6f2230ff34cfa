import type { CampaignDetails } from "../../domain/recruiter-campaigns/campaign-form";
import { chooseStories, unknownStoryMessage } from "../../domain/recruiter-campaigns/campaign-stories";
import { isPermissionDenied, notAllowedMessage, UserFacingError } from "../errors";
import { knownMunicipality } from "./municipalities";

const isUniqueViolation = (error: unknown) =>
  typeof error === "object" && error !== null && "code" in error && error.code === "23505";

/**
 * The details as stored: the municipality in its own spelling and the stories in the order the form
 * lists them, each refused with a field message when unknown. `availableStories` are the slugs of the
 * published Dutch stories, in that order.
 */
export function checkedDetails(
  details: CampaignDetails,
  availableStories: readonly string[],
): CampaignDetails {
  const choice = chooseStories(details.stories, availableStories);
  if ("unknown" in choice) throw new UserFacingError(unknownStoryMessage, "stories");
  if (details.municipality === null) return { ...details, stories: choice.stories };
  const municipality = knownMunicipality(details.municipality);
  if (!municipality) {
    throw new UserFacingError(
      "Deze gemeente kennen we niet. Kies een gemeente uit de lijst, of laat het veld leeg voor de hele regio.",
      "municipality",
    );
  }
  return { ...details, municipality, stories: choice.stories };
}

/** A refusal from the database as the form shows it; other errors stay server errors. */
export function campaignSaveError(error: unknown): unknown {
  if (isUniqueViolation(error)) {
    return new UserFacingError("Dit webadres is al in gebruik. Kies een ander webadres.", "slug");
  }
  if (isPermissionDenied(error)) return new UserFacingError(notAllowedMessage);
  return error;
}
