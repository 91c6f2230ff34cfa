import { describe, expect, it } from "vitest";
import {
  createGazetteerGeocoder,
  findArea,
  findPostcodeArea,
  postcodeAreas,
  postcodeAreasInMunicipality,
} from "../../../src/server/geocode/gazetteer";

const utrechtCityAreas = [
  ...["3511", "3512", "3513", "3514", "3515"],
  ...["3521", "3522", "3523", "3524", "3525", "3526", "3527", "3528"],
  ...["3531", "3532", "3533", "3534"],
  ...["3541", "3542", "3543", "3544", "3545", "3546"],
  ...["3551", "3552", "3553", "3554", "3555"],
  ...["3561", "3562", "3563", "3564", "3565", "3566"],
  ...["3571", "3572", "3573"],
  ...["3581", "3582", "3583", "3584", "3585"],
];

function centroid(postcode4: string): { lat: number; lng: number } {
  const area = findPostcodeArea(postcode4);
  if (!area) throw new Error(`unknown postcode-4 area ${postcode4}`);
  return area;
}

/** Straight-line distance in km, good enough at this scale. */
function distanceKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const dLat = (a.lat - b.lat) * 111.32;
  const dLng = (a.lng - b.lng) * 111.32 * Math.cos((a.lat * Math.PI) / 180);
  return Math.hypot(dLat, dLng);
}

describe("the offline gazetteer", () => {
  it("knows every residential postcode-4 area of the city of Utrecht", () => {
    for (const postcode4 of utrechtCityAreas) {
      expect(findPostcodeArea(postcode4), postcode4).toMatchObject({ municipality: "Utrecht" });
    }
  });

  it.each([
    "Amersfoort",
    "Nieuwegein",
    "Houten",
    "Zeist",
    "De Bilt",
    "IJsselstein",
    "Veenendaal",
    "Woerden",
    "Soest",
    "Baarn",
    "Leusden",
    "Wijk bij Duurstede",
    "Rhenen",
    "Vijfheerenlanden",
    "Montfoort",
    "Lopik",
    "Stichtse Vecht",
    "Utrechtse Heuvelrug",
    "Bunnik",
    "Culemborg",
    "Renswoude",
    "Woudenberg",
    "Eemnes",
  ])("covers the municipality of %s", (municipality) => {
    expect(postcodeAreasInMunicipality(municipality).length).toBeGreaterThan(0);
  });

  it.each([
    ["1012", "Amsterdam"],
    ["3011", "Rotterdam"],
    ["2511", "'s-Gravenhage"],
    ["5611", "Eindhoven"],
    ["9711", "Groningen"],
    ["8011", "Zwolle"],
    ["6811", "Arnhem"],
    ["6511", "Nijmegen"],
    ["6211", "Maastricht"],
    ["8911", "Leeuwarden"],
    ["5211", "'s-Hertogenbosch"],
    ["4811", "Breda"],
    ["5038", "Tilburg"],
    ["1315", "Almere"],
    ["2011", "Haarlem"],
    ["2311", "Leiden"],
    ["7511", "Enschede"],
    ["7311", "Apeldoorn"],
    ["1211", "Hilversum"],
    ["2801", "Gouda"],
  ])("knows the centre of a big city: %s %s", (postcode4, municipality) => {
    expect(findPostcodeArea(postcode4)?.municipality).toBe(municipality);
  });

  it("puts known places where they are", () => {
    const dom = { lat: 52.0907, lng: 5.1214 };
    const amersfoortStation = { lat: 52.1533, lng: 5.3733 };
    const bilthovenStation = { lat: 52.1286, lng: 5.2039 };
    expect(distanceKm(centroid("3512"), dom)).toBeLessThan(1);
    expect(distanceKm(centroid("3818"), amersfoortStation)).toBeLessThan(2);
    expect(distanceKm(centroid("3723"), bilthovenStation)).toBeLessThan(2);
  });

  it("lists each postcode-4 area once, inside the Netherlands", () => {
    const seen = new Set(postcodeAreas.map((area) => area.postcode4));
    expect(seen.size).toBe(postcodeAreas.length);
    for (const area of postcodeAreas) {
      expect(area.postcode4).toMatch(/^[1-9][0-9]{3}$/);
      expect(area.lat).toBeGreaterThan(50.7);
      expect(area.lat).toBeLessThan(53.6);
      expect(area.lng).toBeGreaterThan(3.3);
      expect(area.lng).toBeLessThan(7.3);
    }
  });

  it("keeps the postcode-4 areas of a municipality close together", () => {
    for (const municipality of ["Utrecht", "Amersfoort", "Zeist", "Stichtse Vecht", "Woerden"]) {
      const areas = postcodeAreasInMunicipality(municipality);
      for (const area of areas) {
        expect(distanceKm(area, areas[0]), `${municipality} ${area.postcode4}`).toBeLessThan(20);
      }
    }
  });
});

describe("the gazetteer geocoder", () => {
  const geocoder = createGazetteerGeocoder();

  it("places an address at its postcode-4 centroid, exact and approximate alike", async () => {
    expect(await geocoder.geocode({ postcode: "3512 jc", houseNumber: "12" })).toEqual({
      lat: 52.0916,
      lng: 5.1228,
      municipality: "Utrecht",
      postcode4: "3512",
      approxLat: 52.0916,
      approxLng: 5.1228,
      source: "gazetteer",
    });
  });

  it("answers null for a postcode-4 area it does not know", async () => {
    expect(await geocoder.geocode({ postcode: "9999ZZ", houseNumber: "1" })).toBeNull();
  });

  it("answers null for an impossible postcode or house number", async () => {
    expect(await geocoder.geocode({ postcode: "3512SS", houseNumber: "12" })).toBeNull();
    expect(await geocoder.geocode({ postcode: "3512JC", houseNumber: "nul" })).toBeNull();
  });
});

describe("areas for a placement need", () => {
  it("finds a postcode-4 area's centroid", () => {
    expect(findArea({ kind: "postcode4", postcode4: "3701" })).toEqual({
      lat: 52.0864,
      lng: 5.244,
      postcode4: "3701",
    });
  });

  it("places a place name at the mean of its areas, whatever the case, and knows municipalities too", () => {
    expect(findArea({ kind: "place", place: "wijk bij duurstede" })).toEqual({
      lat: 51.9765,
      lng: 5.3357,
      postcode4: null,
    });
    expect(findArea({ kind: "place", place: "Renswoude" })).toMatchObject({ postcode4: "3927" });
    expect(findArea({ kind: "place", place: "Bunschoten" })).not.toBeNull();
  });

  it("answers null for an area it does not know", () => {
    expect(findArea({ kind: "postcode4", postcode4: "9999" })).toBeNull();
    expect(findArea({ kind: "place", place: "Nergenshuizen" })).toBeNull();
  });
});
