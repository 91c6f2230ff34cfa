import { describe, expect, it } from "vitest";
import {
  type Contributions,
  fitReasons,
  freshnessText,
  misfitReasons,
  removedByText,
} from "../../../src/domain/placement/candidate-reasons";

const parts: Contributions = {
  distance_school: { points: 2.7, max: 3, km: 1.2 },
  distance_parents: { points: 0.2, max: 2, km: 18.4 },
  expertise: { points: 1.5, max: 3, matched: ["trauma"], missing: ["autisme"] },
  language: { points: 0, max: 1, matched: false },
  household_fit: { points: 1.33, max: 2, misses: ["smoking"] },
  freshness: { points: 0.4, max: 2, days: 63 },
  lighter_care: { points: 1, max: 2 },
};

describe("why a candidate fits", () => {
  it("names the strongest factors first, at most three", () => {
    expect(fitReasons(parts, "foster_family")).toEqual([
      "Op 1,2 km van de school",
      "Ervaring met traumasensitief opvoeden",
      "Lichtere zorg: pleeggezin",
    ]);
  });

  it("says what does not fit in plain Dutch", () => {
    expect(misfitReasons(parts)).toEqual([
      "Ver van de ouders (18,4 km)",
      "Geen ervaring met autisme",
      "Spreekt de taal van het kind niet",
      "Er wordt gerookt",
    ]);
  });

  it("tells how long availability went unconfirmed", () => {
    expect(freshnessText(63)).toBe("beschikbaarheid 9 weken niet bevestigd");
    expect(freshnessText(3)).toBe("beschikbaarheid 3 dagen geleden bevestigd");
  });

  it("says which filter removed how many households", () => {
    expect(removedByText("age", 3)).toBe("3 gezinnen vallen af op leeftijd");
    expect(removedByText("places", 1)).toBe("1 gezin valt af op te weinig vrije plekken");
  });
});
