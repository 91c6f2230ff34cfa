import type { PostcodeArea } from "../geocode/gazetteer";
import { addDays, addYears, isoDate } from "./calendar";
import {
  type DemoOrganisation,
  demoOrganisations,
  demoStaffWithRole,
  type HouseholdKind,
  pickPostcodeArea,
} from "./demo-organisations";
import { type Random, seededRandom, stableUuid } from "./random";

export type CareForm = "crisis" | "short_term" | "long_term" | "part_time";

/** A row of public.households plus its private address, in the database's column names. */
export interface DemoHousehold {
  id: string;
  organisation_slug: string;
  label: string;
  kind: HouseholdKind;
  status: "active" | "paused" | "inactive";
  care_forms: CareForm[];
  places_total: number;
  places_free: number;
  max_sibling_group: number;
  age_min: number;
  age_max: number;
  available_from: string | null;
  available_until: string | null;
  expertise: string[];
  languages: string[];
  household_children_ages: number[];
  has_pets: boolean;
  smoking: boolean;
  accessible_home: boolean;
  own_bedroom: boolean;
  open_past_eighteen: boolean;
  max_travel_km: number;
  municipality: string;
  postcode4: string;
  approx_lat: number;
  approx_lng: number;
  vgb_date: string;
  next_rescreening: string;
  capacity_updated_at: string;
  capacity_updated_by_email: string | null;
  address: { postcode: string; house_number: string; lat: number; lng: number };
  /** `application_id` when the household was approved from a demo application. */
  contact: { display_name: string; email: string; application_id?: string };
}

const labelWords: Record<HouseholdKind, string> = {
  foster_family: "Gezin",
  family_home: "Gezinshuis",
  support_family: "Steungezin",
};

/** Households of every demo organisation, the same for the same `today`. */
export function demoHouseholds(today: Date): DemoHousehold[] {
  return demoOrganisations.flatMap((organisation) => householdsOf(organisation, today));
}

function householdsOf(organisation: DemoOrganisation, today: Date): DemoHousehold[] {
  const random = seededRandom(`households/${organisation.slug}`);
  return Array.from({ length: organisation.households }, (_, index) => {
    const kind = random.weighted(organisation.kindWeights);
    const number = index + 1;
    return demoHousehold(organisation, kind, number, random, today, contactOf(organisation, number, index));
  });
}

/** One household of the organisation with the label number, its offer and details drawn from `random`. */
export function demoHousehold(
  organisation: DemoOrganisation,
  kind: HouseholdKind,
  labelNumber: number,
  random: Random,
  today: Date,
  contact: DemoHousehold["contact"],
): DemoHousehold {
  const updatedBy = demoStaffWithRole(organisation, "recruiter")?.email ?? null;
  const number = String(labelNumber).padStart(4, "0");
  const area = pickPostcodeArea(organisation, random);
  return {
    id: stableUuid(`household/${organisation.code}-${number}`),
    organisation_slug: organisation.slug,
    label: `${labelWords[kind]} ${organisation.code}-${number}`,
    kind,
    municipality: area.municipality,
    postcode4: area.postcode4,
    approx_lat: area.lat,
    approx_lng: area.lng,
    address: addressIn(area, random),
    ...offer(kind, random),
    ...household(kind, random),
    ...screening(today, random),
    ...freshness(today, random),
    capacity_updated_by_email: random.chance(0.7) ? updatedBy : null,
    contact,
  };
}

// Clearly made-up family names; the address is reserved for examples (RFC 2606 .test).
const familyNames = ["Voorbeeld", "Proefstra", "Demotte", "Fictief", "van Oefenen", "Testhuis", "de Schets"];

function contactOf(organisation: DemoOrganisation, number: number, index: number): DemoHousehold["contact"] {
  return {
    display_name: `Familie ${familyNames[index % familyNames.length]}`,
    email: `gezin-${organisation.code}-${String(number).padStart(4, "0")}@voorbeeld.test`.toLowerCase(),
  };
}

type Offer = Pick<
  DemoHousehold,
  | "status"
  | "care_forms"
  | "places_total"
  | "places_free"
  | "max_sibling_group"
  | "age_min"
  | "age_max"
  | "open_past_eighteen"
  | "expertise"
  | "max_travel_km"
>;

function offer(kind: HouseholdKind, random: Random): Offer {
  const status = random.weighted([
    ["active", 80],
    ["paused", 12],
    ["inactive", 8],
  ] as const);
  const care_forms = careFormsFor(kind, random);
  const places_total =
    kind === "family_home"
      ? random.int(3, 6)
      : random.weighted([
          [1, 50],
          [2, 35],
          [3, kind === "support_family" ? 5 : 12],
        ]);
  const places_free = status === "inactive" || random.chance(0.3) ? 0 : random.int(1, places_total);
  const [age_min, baseAgeMax] = ageRangeFor(kind, random);
  const canStayPastEighteen = care_forms.includes("long_term") && baseAgeMax >= 18;
  const open_past_eighteen = canStayPastEighteen && random.chance(kind === "family_home" ? 0.6 : 0.35);
  const age_max = open_past_eighteen ? 21 : baseAgeMax;
  return {
    status,
    care_forms,
    places_total,
    places_free,
    max_sibling_group: random.int(1, places_total),
    age_min,
    age_max,
    open_past_eighteen,
    expertise: expertiseFor(kind, age_min, age_max, random),
    max_travel_km: random.pick(kind === "support_family" ? [5, 10, 15] : [10, 15, 20, 25, 30, 40]),
  };
}

function careFormsFor(kind: HouseholdKind, random: Random): CareForm[] {
  if (kind === "support_family") return ["part_time"];
  if (kind === "family_home") {
    return [
      ...(random.chance(0.15) ? (["crisis"] as const) : []),
      ...(random.chance(0.5) ? (["short_term"] as const) : []),
      "long_term",
    ];
  }
  return random.weighted<CareForm[]>([
    [["long_term"], 45],
    [["short_term", "long_term"], 20],
    [["short_term"], 12],
    [["crisis", "short_term"], 10],
    [["crisis"], 5],
    [["long_term", "part_time"], 5],
    [["short_term", "part_time"], 3],
  ]);
}

function ageRangeFor(kind: HouseholdKind, random: Random): readonly [number, number] {
  const ranges: readonly (readonly [readonly [number, number], number])[] =
    kind === "family_home"
      ? [
          [[0, 18], 20],
          [[4, 18], 40],
          [[8, 18], 20],
          [[12, 18], 20],
        ]
      : kind === "support_family"
        ? [
            [[0, 12], 30],
            [[2, 12], 20],
            [[4, 16], 30],
            [[10, 18], 20],
          ]
        : [
            [[0, 4], 15],
            [[0, 12], 25],
            [[4, 12], 25],
            [[8, 18], 20],
            [[12, 18], 15],
          ];
  return random.weighted(ranges);
}

function expertiseFor(kind: HouseholdKind, ageMin: number, ageMax: number, random: Random): string[] {
  const specialist = kind === "family_home" ? 2 : 1;
  const tags: string[] = [];
  if (random.chance(0.3 * specialist)) tags.push("trauma");
  if (random.chance(0.12 * specialist)) tags.push("lvb");
  if (random.chance(0.12 * specialist)) tags.push("autisme");
  if (random.chance(0.07 * specialist)) tags.push("medisch");
  if (ageMin <= 1 && random.chance(0.6)) tags.push("babys");
  if (ageMax >= 16 && random.chance(0.5)) tags.push("tieners");
  if (ageMax >= 16 && kind !== "support_family" && random.chance(0.12)) tags.push("amv");
  return tags;
}

const otherLanguages = [
  ["ar", 6],
  ["tr", 5],
  ["pl", 3],
  ["ti", 2],
  ["so", 2],
  ["fa", 2],
  ["uk", 2],
  ["fr", 2],
  ["de", 2],
  ["es", 2],
  ["pap", 1],
] as const;

type Household = Pick<
  DemoHousehold,
  "languages" | "household_children_ages" | "has_pets" | "smoking" | "accessible_home" | "own_bedroom"
>;

function household(kind: HouseholdKind, random: Random): Household {
  const languages = ["nl"];
  if (random.chance(0.35)) languages.push("en");
  if (random.chance(0.18)) languages.push(random.weighted(otherLanguages));
  const children = random.weighted([
    [0, 35],
    [1, 20],
    [2, 30],
    [3, 12],
    [4, 3],
  ]);
  return {
    languages,
    household_children_ages: Array.from({ length: children }, () => random.int(0, 24)).sort((a, b) => a - b),
    has_pets: random.chance(0.4),
    smoking: random.chance(0.07),
    accessible_home: random.chance(0.08),
    own_bedroom: kind === "family_home" || random.chance(0.85),
  };
}

function screening(
  today: Date,
  random: Random,
): Pick<DemoHousehold, "vgb_date" | "next_rescreening" | "available_from" | "available_until"> {
  // A few households are past their two-yearly re-screening, as in any real register.
  const vgbDate = addDays(today, random.chance(0.06) ? -random.int(731, 900) : -random.int(20, 700));
  return {
    vgb_date: isoDate(vgbDate),
    next_rescreening: isoDate(addYears(vgbDate, 2)),
    available_from: random.chance(0.15) ? isoDate(addDays(today, random.int(7, 120))) : null,
    available_until: random.chance(0.08) ? isoDate(addDays(today, random.int(90, 540))) : null,
  };
}

function freshness(today: Date, random: Random): Pick<DemoHousehold, "capacity_updated_at"> {
  // Most households confirm within their period (six weeks by default); a good part does not.
  const [from, to] = random.weighted([
    [[1, 40], 62],
    [[43, 90], 20],
    [[91, 180], 12],
    [[181, 300], 6],
  ] as const);
  const daysAgo = random.int(from, to) - random.next();
  return { capacity_updated_at: addDays(today, -daysAgo).toISOString() };
}

const postcodeLetters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const metresPerDegreeLat = 111_320;

/** A plausible address in the area: a full postcode, a house number, and a point within 400 m of the centroid. */
function addressIn(area: PostcodeArea, random: Random): DemoHousehold["address"] {
  let letters: string;
  do {
    letters = random.pick([...postcodeLetters]) + random.pick([...postcodeLetters]);
  } while (letters === "SA" || letters === "SD" || letters === "SS");
  const number = random.int(1, 220);
  const addition = random.weighted([
    ["", 85],
    ["a", 6],
    ["b", 4],
    ["-2", 5],
  ] as const);
  const distance = random.int(40, 380);
  const bearing = random.next() * 2 * Math.PI;
  const dLat = (distance * Math.cos(bearing)) / metresPerDegreeLat;
  const dLng = (distance * Math.sin(bearing)) / (metresPerDegreeLat * Math.cos((area.lat * Math.PI) / 180));
  return {
    postcode: `${area.postcode4}${letters}`,
    house_number: `${number}${addition}`,
    lat: Number((area.lat + dLat).toFixed(6)),
    lng: Number((area.lng + dLng).toFixed(6)),
  };
}

const cultures = [
  ["Christelijk", 5],
  ["Islamitisch", 3],
  ["Hindoestaans", 1],
  ["Joods", 1],
  ["Humanistisch", 2],
] as const;

/** Religion or culture for about one household in six (optional data), from its own dice so the rest stays put. */
export function demoHouseholdCultures(
  households: readonly DemoHousehold[],
): { household_id: string; religion_culture: string }[] {
  const random = seededRandom("household-cultures");
  return households.flatMap((household) =>
    random.chance(1 / 6) ? [{ household_id: household.id, religion_culture: random.weighted(cultures) }] : [],
  );
}
