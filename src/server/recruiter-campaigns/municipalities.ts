import { postcodeAreas } from "../geocode/gazetteer";

/** Every municipality the postcode gazetteer knows, alphabetically: the ones a campaign may name. */
export const knownMunicipalities: readonly string[] = [
  ...new Set(postcodeAreas.map((area) => area.municipality)),
].sort((a, b) => a.localeCompare(b, "nl"));

const byLowerCase = new Map(knownMunicipalities.map((name) => [name.toLocaleLowerCase("nl"), name]));

/** The municipality's own spelling for a name typed in any case, or undefined for an unknown one. */
export const knownMunicipality = (typed: string) => byLowerCase.get(typed.trim().toLocaleLowerCase("nl"));
