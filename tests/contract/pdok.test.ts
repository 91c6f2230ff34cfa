import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createSqlGeocodeCache, deleteStaleGeocodes } from "../../src/server/geocode/geocode-cache";
import { createPdokGeocoder, PdokError } from "../../src/server/geocode/pdok";
import type { Database } from "../../src/server/sql/engine";
import { withService } from "../../src/server/sql/with-user";
import { type PdokFake, startPdokFake } from "../fakes/pdok";
import { testEngines } from "../support/databases";

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
  pdok.nextModes.length = 0;
  pdok.requests.length = 0;
});

const geocoder = (timeoutMs = 3000) => createPdokGeocoder({ baseUrl: pdok.url, timeoutMs, backoffMs: 5 });

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

  it("throws a PdokError with the status when PDOK keeps failing, after two retries", async () => {
    pdok.mode = "server-error";

    const failure = await geocoder()
      .geocode({ postcode: "3512JC", houseNumber: "12" })
      .catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(PdokError);
    expect(failure).toMatchObject({ kind: "http", status: 500 });
    expect(pdok.requests).toHaveLength(3);
  });

  it("retries a 503 after a growing pause and answers from the attempt that succeeds", async () => {
    pdok.nextModes.push("unavailable", "unavailable");
    const started = Date.now();

    const result = await createPdokGeocoder({ baseUrl: pdok.url, backoffMs: 100 }).geocode({
      postcode: "3512JC",
      houseNumber: "12",
    });

    expect(result).toMatchObject({ lat: 52.09083, lng: 5.12156 });
    expect(pdok.requests).toHaveLength(3);
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
  });

  it("does not retry a 400: asking the same question again cannot help", async () => {
    pdok.nextModes.push("bad-request");

    await expect(geocoder().geocode({ postcode: "3512JC", houseNumber: "12" })).rejects.toMatchObject({
      kind: "http",
      status: 400,
    });
    expect(pdok.requests).toHaveLength(1);
  });

  it("retries a timeout, and gives up with a timeout error when PDOK never answers", async () => {
    pdok.mode = "hang";
    const started = Date.now();

    const failure = await geocoder(200)
      .geocode({ postcode: "3512JC", houseNumber: "12" })
      .catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(PdokError);
    expect(failure).toMatchObject({ kind: "timeout" });
    expect(pdok.requests).toHaveLength(3);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("rejects an answer that is not PDOK's JSON, without retrying it", async () => {
    pdok.mode = "not-json";

    await expect(geocoder().geocode({ postcode: "3512JC", houseNumber: "12" })).rejects.toMatchObject({
      kind: "malformed",
    });
    expect(pdok.requests).toHaveLength(1);
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

describe.each(testEngines)("PDOK answers cached in private.geocode_cache on $name", (engine) => {
  let db: Database;
  let dispose: () => Promise<void>;

  beforeAll(async () => {
    ({ db, dispose } = await engine.open());
  });
  afterAll(() => dispose());
  beforeEach(() => withService(db, (tx) => tx.query("delete from private.geocode_cache")));

  const cachedGeocoder = () =>
    createPdokGeocoder({ baseUrl: pdok.url, backoffMs: 5, cache: createSqlGeocodeCache(db) });
  const age = (key: string, days: number) =>
    withService(db, (tx) =>
      tx.query(
        "update private.geocode_cache set fetched_at = now() - $2::double precision * interval '1 day' where query_key = $1",
        [key, days],
      ),
    );

  it("asks PDOK once for the same address, however it is typed, and answers the same from the cache", async () => {
    const first = await cachedGeocoder().geocode({ postcode: "3512 jc", houseNumber: "12" });
    const again = await cachedGeocoder().geocode({ postcode: "3512JC", houseNumber: "12a" });

    expect(pdok.requests).toHaveLength(1);
    expect(again).toEqual(first);
    const rows = await withService(db, (tx) => tx.query("select query_key from private.geocode_cache"));
    expect(rows).toEqual([{ query_key: "adres:3512JC:12" }]);
  });

  it("remembers that an area is unknown, and caches areas and places by their own keys", async () => {
    expect(await cachedGeocoder().locateArea({ kind: "place", place: "Nergenshuizen" })).toBeNull();
    expect(await cachedGeocoder().locateArea({ kind: "place", place: "Nergenshuizen" })).toBeNull();
    const area = await cachedGeocoder().locateArea({ kind: "postcode4", postcode4: "3512" });
    expect(await cachedGeocoder().locateArea({ kind: "postcode4", postcode4: "3512" })).toEqual(area);

    expect(pdok.requests).toHaveLength(2);
  });

  it("asks again once an answer is past its freshness: 30 days when found, 1 day when not", async () => {
    const geocoder = cachedGeocoder();
    await geocoder.geocode({ postcode: "3512JC", houseNumber: "12" });
    await geocoder.geocode({ postcode: "3512JC", houseNumber: "999" });
    await age("adres:3512JC:12", 29);
    await age("adres:3512JC:999", 0.9);
    await geocoder.geocode({ postcode: "3512JC", houseNumber: "12" });
    await geocoder.geocode({ postcode: "3512JC", houseNumber: "999" });
    expect(pdok.requests).toHaveLength(2);

    await age("adres:3512JC:12", 31);
    await age("adres:3512JC:999", 1.1);
    expect(await geocoder.geocode({ postcode: "3512JC", houseNumber: "12" })).toMatchObject({
      lat: 52.09083,
    });
    expect(await geocoder.geocode({ postcode: "3512JC", houseNumber: "999" })).toBeNull();
    expect(pdok.requests).toHaveLength(4);
    const [fresh] = await withService(db, (tx) =>
      tx.query<{ fresh: boolean }>(
        "select bool_and(fetched_at > now() - interval '1 minute') as fresh from private.geocode_cache",
      ),
    );
    expect(fresh).toEqual({ fresh: true });
  });

  it("keeps no failure: a PDOK that is down is asked again next time", async () => {
    pdok.nextModes.push("server-error", "server-error", "server-error");
    await expect(cachedGeocoder().geocode({ postcode: "3512JC", houseNumber: "12" })).rejects.toBeInstanceOf(
      PdokError,
    );
    expect(await cachedGeocoder().geocode({ postcode: "3512JC", houseNumber: "12" })).not.toBeNull();
    expect(pdok.requests).toHaveLength(4);
  });

  it("the geocoding job deletes answers past their freshness and keeps fresh ones", async () => {
    const geocoder = cachedGeocoder();
    await geocoder.geocode({ postcode: "3512JC", houseNumber: "12" });
    await geocoder.geocode({ postcode: "3512JC", houseNumber: "999" });
    await geocoder.locateArea({ kind: "postcode4", postcode4: "3512" });
    await age("adres:3512JC:12", 31);
    await age("adres:3512JC:999", 2);

    expect(await deleteStaleGeocodes(db)).toBe(2);
    const rows = await withService(db, (tx) => tx.query("select query_key from private.geocode_cache"));
    expect(rows).toEqual([{ query_key: "postcode4:3512" }]);
  });
});
