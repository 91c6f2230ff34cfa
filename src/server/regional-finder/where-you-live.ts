import { findPostcodeArea, type PostcodeArea, placeKey, postcodeAreasNamed } from "../geocode/gazetteer";
import { postcode4Of } from "../geocode/postcode";

/** What a visitor typed in "Waar woon je?", read as a postcode area or a place name. */
export type WhereYouLive =
  | { kind: "postcode"; postcode4: string }
  | { kind: "place"; name: string }
  | { kind: "problem"; problem: "empty" | "not_a_postcode" | "too_long" };

const longestPlaceName = 60;

export function readWhereYouLive(input: string | null | undefined): WhereYouLive {
  const typed = (input ?? "").trim();
  if (!typed) return { kind: "problem", problem: "empty" };
  if (typed.length > longestPlaceName) return { kind: "problem", problem: "too_long" };
  const postcode4 = postcode4Of(typed.toUpperCase());
  if (postcode4) return { kind: "postcode", postcode4 };
  if (/^\d/.test(typed)) return { kind: "problem", problem: "not_a_postcode" };
  return { kind: "place", name: typed };
}

/** Where an answer points in the gazetteer: the postcode areas and municipalities to look for. */
export interface Whereabouts {
  /** How to name the place back to the visitor ("3511 Utrecht", "Soest"); null when unknown. */
  placeName: string | null;
  postcode4s: string[];
  municipalities: string[];
}

export function locate(
  where: { kind: "postcode"; postcode4: string } | { kind: "place"; name: string },
): Whereabouts {
  if (where.kind === "postcode") {
    const area = findPostcodeArea(where.postcode4);
    return {
      placeName: area ? `${area.postcode4} ${area.place}` : null,
      postcode4s: [where.postcode4],
      municipalities: area ? [area.municipality] : [],
    };
  }
  const areas = postcodeAreasNamed(where.name);
  return {
    placeName: areas.length > 0 ? nameOf(areas, where.name) : null,
    postcode4s: areas.map((area) => area.postcode4),
    municipalities: [...new Set(areas.map((area) => area.municipality))],
  };
}

/** The gazetteer's spelling of what the visitor typed, so "ijsselstein" reads back as "IJsselstein". */
function nameOf(areas: PostcodeArea[], typed: string): string {
  const key = placeKey(typed);
  const spelled = areas
    .flatMap((area) => [area.place, area.municipality])
    .find((name) => placeKey(name) === key);
  return spelled ?? areas[0].place;
}
