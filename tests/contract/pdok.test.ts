import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createPdokGeocoder, PdokError } from "../../src/server/geocode/pdok";
import { type PdokFake, startPdokFake } from "../fakes/pdok";

let pdok: PdokFake;

beforeAll(async () => {
  pdok = await startPdokFake([
    {
      postcode: "3512JC",
      houseNumber: 12,
      street: "Domplein",
      place: "Utrecht",
      municipality: "Utrecht",
      lat: 52.09083,
      lng: 5.12156,
    },
    {
      postcode: "9999XZ",
      houseNumber: 1,
      street: "Proefweg",
      place: "Ergens",
      municipality: "Het Hogeland",
      lat: 53.4123,
      lng: 6.6789,
    },
  ]);
});

afterAll(() => pdok.close());

beforeEach(() => {
  pdok.mode = "addresses";
  pdok.requests.length = 0;
});

const geocoder = (timeoutMs = 3000) => createPdokGeocoder({ baseUrl: pdok.url, timeoutMs });

describe("PDOK Locatieserver adapter", () => {
  it("asks the free search for exactly one address by postcode and house number", async () => {
    await geocoder().geocode({ postcode: "3512 jc", houseNumber: "12a" });

    expect(pdok.requests).toHaveLength(1);
    const [request] = pdok.requests;
    expect(request.pathname).toBe("/bzk/locatieserver/search/v3_1/free");
    expect(request.searchParams.getAll("fq")).toEqual(["type:adres", "postcode:3512JC", "huisnummer:12"]);
    expect(request.searchParams.get("rows")).toBe("1");
  });

  it("reads the point longitude first and keeps the postcode-4 centroid as the approximate point", async () => {
    const result = await geocoder().geocode({ postcode: "3512JC", houseNumber: "12" });

    expect(result).toEqual({
      lat: 52.09083,
      lng: 5.12156,
      municipality: "Utrecht",
      postcode4: "3512",
      approxLat: 52.0916,
      approxLng: 5.1228,
      source: "pdok",
    });
  });

  it("falls back to a ~1 km grid cell when the gazetteer does not know the postcode-4 area", async () => {
    const result = await geocoder().geocode({ postcode: "9999XZ", houseNumber: "1" });

    expect(result).toMatchObject({
      lat: 53.4123,
      lng: 6.6789,
      municipality: "Het Hogeland",
      postcode4: "9999",
    });
    expect(result?.approxLat).toBeCloseTo(53.415, 6);
    expect(result?.approxLng).toBeCloseTo(6.6825, 6);
  });

  it("answers null when PDOK finds no such address", async () => {
    expect(await geocoder().geocode({ postcode: "3512JC", houseNumber: "999" })).toBeNull();
  });

  it("does not call PDOK for an impossible postcode", async () => {
    expect(await geocoder().geocode({ postcode: "3512 SS", houseNumber: "12" })).toBeNull();
    expect(pdok.requests).toHaveLength(0);
  });

  it("throws a PdokError with the status when PDOK fails", async () => {
    pdok.mode = "server-error";

    const failure = await geocoder()
      .geocode({ postcode: "3512JC", houseNumber: "12" })
      .catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(PdokError);
    expect(failure).toMatchObject({ kind: "http", status: 500 });
  });

  it("gives up with a timeout error when PDOK does not answer in time", async () => {
    pdok.mode = "hang";
    const started = Date.now();

    const failure = await geocoder(200)
      .geocode({ postcode: "3512JC", houseNumber: "12" })
      .catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(PdokError);
    expect(failure).toMatchObject({ kind: "timeout" });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("rejects an answer that is not PDOK's JSON", async () => {
    pdok.mode = "not-json";

    await expect(geocoder().geocode({ postcode: "3512JC", houseNumber: "12" })).rejects.toMatchObject({
      kind: "malformed",
    });
  });
});

describe("PDOK Locatieserver areas (a placement need's school and parents)", () => {
  it("places a postcode-4 area at the gazetteer's centroid, through one of its postcodes", async () => {
    const area = await geocoder().locateArea({ kind: "postcode4", postcode4: "3512" });

    expect(pdok.requests.map((request) => request.searchParams.getAll("fq"))).toEqual([
      ["type:postcode", "postcode:3512*"],
    ]);
    expect(area).toEqual({ lat: 52.0916, lng: 5.1228, postcode4: "3512" });
  });

  it("places a place name at the woonplaats centroid PDOK gives", async () => {
    expect(await geocoder().locateArea({ kind: "place", place: "Ergens" })).toEqual({
      lat: 53.4123,
      lng: 6.6789,
      postcode4: null,
    });
    expect(pdok.requests[0].searchParams.getAll("fq")).toEqual([
      "type:woonplaats",
      'woonplaatsnaam:"Ergens"',
    ]);
  });

  it("answers null for an unknown area and throws when PDOK is down, so the need is retried", async () => {
    expect(await geocoder().locateArea({ kind: "place", place: "Nergenshuizen" })).toBeNull();
    pdok.mode = "server-error";
    await expect(geocoder().locateArea({ kind: "postcode4", postcode4: "3512" })).rejects.toBeInstanceOf(
      PdokError,
    );
  });
});
