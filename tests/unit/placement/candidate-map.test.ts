import { describe, expect, it } from "vitest";
import {
  type CandidateMap,
  mapCandidateDescription,
  toMapCandidate,
} from "../../../src/domain/placement/candidate-map";

/** A ranked candidate as find-candidates returns it, with everything a map must not pass on. */
const ranked = {
  householdId: "6f9d1c2e-0000-4000-8000-000000000001",
  label: "Gezin U-0007",
  kind: "foster_family" as const,
  careForms: ["long_term" as const, "part_time" as const],
  ageMin: 4,
  ageMax: 12,
  placesFree: 2,
  municipality: "Utrecht",
  approxLat: 52.0912345,
  approxLng: 5.1228765,
  expertise: ["trauma"],
  capacityUpdatedAt: new Date("2026-08-01T00:00:00Z"),
  distanceKm: 3.2,
  score: 71.5,
  contributions: {
    household_fit: { points: 10, max: 10, misses: [] },
    freshness: { points: 0, max: 10, days: 120 },
    lighter_care: { points: 5, max: 10 },
  },
  // What a careless join could add: the map must drop it.
  email: "gezin@voorbeeld.test",
  displayName: "Familie Voorbeeld",
  address: { postcode: "3521AB", house_number: "12" },
};

const allowedKeys = [
  "householdId",
  "label",
  "kind",
  "careForms",
  "placesFree",
  "municipality",
  "lat",
  "lng",
  "distanceKm",
  "score",
  "stale",
].sort();

const decimals = (degrees: number) => (String(degrees).split(".")[1] ?? "").length;

describe("the map's view of a candidate", () => {
  it("holds exactly the non-identifying fields, whatever the candidate carries besides", () => {
    const candidate = toMapCandidate(ranked);
    expect(Object.keys(candidate).sort()).toEqual(allowedKeys);
    expect(JSON.stringify(candidate)).not.toMatch(/voorbeeld|Familie|3521AB|email|address|contact|name"/i);
  });

  it("blurs the point to at most 3 decimals (about 100 m), never finer", () => {
    const candidate = toMapCandidate(ranked);
    expect(candidate).toMatchObject({ lat: 52.091, lng: 5.123 });
    for (const degrees of [candidate.lat, candidate.lng]) expect(decimals(degrees)).toBeLessThanOrEqual(3);
    const fine = toMapCandidate({ ...ranked, approxLat: 52.0999999, approxLng: 4.0000004 });
    expect([fine.lat, fine.lng]).toEqual([52.1, 4]);
  });

  it("flags availability not confirmed for more than 90 days as stale", () => {
    expect(toMapCandidate(ranked).stale).toBe(true);
    const fresh = {
      ...ranked,
      contributions: { ...ranked.contributions, freshness: { points: 10, max: 10, days: 20 } },
    };
    expect(toMapCandidate(fresh).stale).toBe(false);
  });

  it("describes a marker in words for a screen reader, kind and staleness included", () => {
    expect(mapCandidateDescription(toMapCandidate(ranked))).toBe(
      "Gezin U-0007, pleeggezin in Utrecht, 3,2 km, 2 vrije plekken, beschikbaarheid verouderd",
    );
  });

  it("keeps the whole payload free of contact, name and address keys", () => {
    const map: CandidateMap = {
      need: { of: "school", lat: 52.09, lng: 5.12 },
      radiusKm: 20,
      candidates: [toMapCandidate(ranked)],
    };
    const keys = [...JSON.stringify(map).matchAll(/"([A-Za-z_]+)":/g)].map((match) => match[1]);
    const forbidden =
      /^(email|phone|name|displayName|display_name|contact|address|postcode|houseNumber|house_number|street|approxLat|approxLng)$/;
    expect(keys.length).toBeGreaterThan(10);
    expect(keys.filter((key) => forbidden.test(key))).toEqual([]);
  });
});
