import type { NeedLocation } from "../../domain/placement/need-location";
import { postcodeAreaRows } from "./gazetteer-data";
import type { Address, AreaResult, GeocodeResult, Geocoder } from "./port";
import { houseNumberOf, normalizePostcode } from "./postcode";

export interface PostcodeArea {
  postcode4: string;
  place: string;
  municipality: string;
  province: string;
  /** The centroid, the only point of the area the gazetteer knows. */
  lat: number;
  lng: number;
}

export const postcodeAreas: readonly PostcodeArea[] = Object.entries(postcodeAreaRows).flatMap(
  ([province, municipalities]) =>
    Object.entries(municipalities).flatMap(([municipality, rows]) =>
      rows.map(([postcode4, place, lat, lng]) => ({ postcode4, place, municipality, province, lat, lng })),
    ),
);

const byPostcode4 = new Map(postcodeAreas.map((area) => [area.postcode4, area]));

export function findPostcodeArea(postcode4: string): PostcodeArea | undefined {
  return byPostcode4.get(postcode4.trim());
}

const sameName = (a: string, b: string) => a.localeCompare(b, "nl", { sensitivity: "base" }) === 0;

/**
 * The point of a postcode-4 area, or of a place: the mean of its areas' centroids, trying place
 * names first and municipalities second ("Utrecht" is both).
 */
export function findArea(location: NeedLocation): AreaResult | null {
  if (location.kind === "postcode4") {
    const area = findPostcodeArea(location.postcode4);
    return area ? { lat: area.lat, lng: area.lng, postcode4: area.postcode4 } : null;
  }
  const byPlace = postcodeAreas.filter((area) => sameName(area.place, location.place));
  const areas =
    byPlace.length > 0
      ? byPlace
      : postcodeAreas.filter((area) => sameName(area.municipality, location.place));
  if (areas.length === 0) return null;
  return { ...centreOf(areas), postcode4: areas.length === 1 ? areas[0].postcode4 : null };
}

/** The mean of the areas' centroids, to four decimals (about 10 m). */
function centreOf(areas: readonly PostcodeArea[]): { lat: number; lng: number } {
  const mean = (values: number[]) =>
    Number((values.reduce((sum, value) => sum + value, 0) / values.length).toFixed(4));
  return { lat: mean(areas.map((area) => area.lat)), lng: mean(areas.map((area) => area.lng)) };
}

export function postcodeAreasInMunicipality(municipality: string): PostcodeArea[] {
  return postcodeAreas.filter((area) => area.municipality === municipality);
}

/** "'s-Hertogenbosch", "s hertogenbosch", "IJSSELSTEIN" → one key; accents and punctuation do not count. */
export function placeKey(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** The postcode areas of a place or municipality, by the name a visitor types. */
export function postcodeAreasNamed(name: string): PostcodeArea[] {
  const key = placeKey(name);
  if (!key) return [];
  return postcodeAreas.filter((area) => placeKey(area.place) === key || placeKey(area.municipality) === key);
}

/**
 * Offline geocoder: places every address at its postcode-4 centroid, so the exact and the
 * approximate point coincide. For development, tests and when PDOK cannot be reached.
 */
export function createGazetteerGeocoder(): Geocoder {
  return {
    async geocode(address: Address): Promise<GeocodeResult | null> {
      const postcode = normalizePostcode(address.postcode);
      if (!postcode || houseNumberOf(address.houseNumber) === null) return null;
      const area = findPostcodeArea(postcode.slice(0, 4));
      if (!area) return null;
      return {
        lat: area.lat,
        lng: area.lng,
        municipality: area.municipality,
        postcode4: area.postcode4,
        approxLat: area.lat,
        approxLng: area.lng,
        source: "gazetteer",
      };
    },
    async locateArea(location) {
      return findArea(location);
    },
  };
}

/** A municipality's approximate centre: the mean of its postcode areas' centroids, or null when unknown. */
export function municipalityCentre(municipality: string): { lat: number; lng: number } | null {
  const areas = postcodeAreasInMunicipality(municipality);
  return areas.length === 0 ? null : centreOf(areas);
}
