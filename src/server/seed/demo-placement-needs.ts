import { findPostcodeArea } from "../geocode/gazetteer";
import { addDays, daysBetween, isoDate } from "./calendar";
import type { CareForm } from "./demo-households";
import {
  type DemoOrganisation,
  demoOrganisations,
  demoStaffWithRole,
  pickPostcodeArea,
} from "./demo-organisations";
import { type Random, seededRandom } from "./random";

type Urgency = "crisis_today" | "within_days" | "regular";
type NeedStatus = "open" | "matching" | "proposed" | "placed" | "cancelled";

/** A row of public.placement_needs in the database's column names. */
export interface DemoPlacementNeed {
  reference: string;
  organisation_slug: string;
  child_age: number;
  child_gender: "girl" | "boy" | "other";
  sibling_count: number;
  siblings_together: boolean;
  urgency: Urgency;
  start_date: string;
  care_form: CareForm;
  expected_duration: string;
  school_location: string | null;
  school_postcode4: string | null;
  school_lat: number | null;
  school_lng: number | null;
  parents_location: string;
  parents_postcode4: string;
  parents_lat: number;
  parents_lng: number;
  max_distance_km: number;
  needs: string[];
  exclusions: string[];
  languages: string[];
  expected_past_eighteen: boolean;
  court_ordered: boolean;
  status: NeedStatus;
  status_reason: string | null;
  created_by_email: string | null;
  created_at: string;
  updated_at: string;
}

// A fixed mix, so every status appears in the demo whatever the dice say.
const statusMix: readonly (readonly [NeedStatus, number])[] = [
  ["open", 24],
  ["matching", 5],
  ["proposed", 4],
  ["placed", 4],
  ["cancelled", 3],
];

const cancellationReasons = [
  "Kind kan met extra hulp thuis blijven wonen",
  "Plaatsing in het eigen netwerk gevonden",
  "Hulpvraag gewijzigd: behandelgroep nodig",
];

const expectedDurations: Record<CareForm, readonly string[]> = {
  crisis: ["Maximaal 4 weken"],
  short_term: ["6 tot 12 maanden", "Ongeveer een half jaar"],
  long_term: ["Tot volwassenheid", "Langdurig, perspectief biedend"],
  part_time: ["Eén weekend per maand", "Twee weekenden per maand", "Een deel van de schoolvakanties"],
};

/**
 * Placement needs of every demo organisation, numbered PV-2026-0001 onwards, plus three showcase needs
 * of the first organisation (PV-DEMO-…): one many households fit, one few fit poorly, one none fit.
 * The same for the same `today`.
 */
export function demoPlacementNeeds(today: Date): DemoPlacementNeed[] {
  return [...generatedNeeds(today), ...showcaseNeeds(today)];
}

function generatedNeeds(today: Date): DemoPlacementNeed[] {
  const random = seededRandom("placement-needs");
  const statuses = random.shuffle(
    statusMix.flatMap(([status, count]) => Array.from({ length: count }, () => status)),
  );
  let number = 0;
  return demoOrganisations.flatMap((organisation) =>
    Array.from({ length: organisation.placementNeeds }, () => {
      const status = statuses[number] ?? "open";
      number += 1;
      return need(organisation, `PV-2026-${String(number).padStart(4, "0")}`, status, today, random);
    }),
  );
}

function need(
  organisation: DemoOrganisation,
  reference: string,
  status: NeedStatus,
  today: Date,
  random: Random,
): DemoPlacementNeed {
  const parents = pickPostcodeArea(organisation, random);
  const [youngest, oldest] = random.weighted([
    [[0, 3], 20],
    [[4, 11], 40],
    [[12, 17], 40],
  ] as const);
  const childAge = random.int(youngest, oldest);
  const school =
    childAge >= 4 ? (random.chance(0.6) ? parents : pickPostcodeArea(organisation, random)) : null;
  const urgency = random.weighted<Urgency>([
    ["crisis_today", 15],
    ["within_days", 30],
    ["regular", 55],
  ]);
  const careForm = careFormFor(urgency, random);
  const siblingCount = random.weighted([
    [0, 65],
    [1, 25],
    [2, 8],
    [3, 2],
  ]);
  const startDate = startDateFor(status, urgency, today, random);
  const createdAt = createdAtFor(status, urgency, startDate, today, random);
  const updatedAt =
    status === "open" ? createdAt : addDays(createdAt, random.next() * daysBetween(createdAt, today));
  return {
    reference,
    organisation_slug: organisation.slug,
    child_age: childAge,
    child_gender: random.weighted([
      ["girl", 48],
      ["boy", 48],
      ["other", 4],
    ] as const),
    sibling_count: siblingCount,
    siblings_together: siblingCount === 0 || random.chance(0.8),
    urgency,
    start_date: startDate,
    care_form: careForm,
    expected_duration: random.pick(expectedDurations[careForm]),
    school_location: school?.postcode4 ?? null,
    school_postcode4: school?.postcode4 ?? null,
    school_lat: school?.lat ?? null,
    school_lng: school?.lng ?? null,
    parents_location: parents.postcode4,
    parents_postcode4: parents.postcode4,
    parents_lat: parents.lat,
    parents_lng: parents.lng,
    max_distance_km: random.pick([10, 15, 20, 30]),
    needs: needsFor(childAge, random),
    exclusions: exclusionsFor(childAge, random),
    languages: random.chance(0.12) ? [random.pick(["ar", "tr", "pl", "ti", "en"])] : [],
    expected_past_eighteen: childAge >= 15 && careForm === "long_term" && random.chance(0.6),
    court_ordered: random.chance(0.4),
    status,
    status_reason: status === "cancelled" ? random.pick(cancellationReasons) : null,
    created_by_email: demoStaffWithRole(organisation, "placement_worker")?.email ?? null,
    created_at: createdAt.toISOString(),
    updated_at: updatedAt.toISOString(),
  };
}

function careFormFor(urgency: Urgency, random: Random): CareForm {
  if (urgency === "crisis_today") return "crisis";
  return random.weighted<CareForm>([
    ["crisis", urgency === "within_days" ? 15 : 0],
    ["short_term", 35],
    ["long_term", 35],
    ["part_time", 15],
  ]);
}

function startDateFor(status: NeedStatus, urgency: Urgency, today: Date, random: Random): string {
  if (status === "placed" || status === "cancelled") return isoDate(addDays(today, -random.int(3, 60)));
  if (urgency === "crisis_today") return isoDate(today);
  if (urgency === "within_days") return isoDate(addDays(today, random.int(1, 7)));
  return isoDate(addDays(today, random.int(7, 90)));
}

function createdAtFor(
  status: NeedStatus,
  urgency: Urgency,
  startDate: string,
  today: Date,
  random: Random,
): Date {
  if (status === "placed" || status === "cancelled") {
    return addDays(new Date(`${startDate}T09:00:00Z`), -random.int(1, 10));
  }
  if (urgency === "crisis_today") return addDays(today, -random.next() / 3);
  return addDays(today, -random.int(0, 13) - random.next());
}

function needsFor(childAge: number, random: Random): string[] {
  const tags: string[] = [];
  if (random.chance(0.4)) tags.push("trauma");
  if (random.chance(0.15)) tags.push("lvb");
  if (random.chance(0.15)) tags.push("autisme");
  if (random.chance(0.08)) tags.push("medisch");
  if (childAge <= 1) tags.push("babys");
  if (childAge >= 12 && random.chance(0.5)) tags.push("tieners");
  if (childAge >= 14 && random.chance(0.1)) tags.push("amv");
  return tags;
}

function exclusionsFor(childAge: number, random: Random): string[] {
  const exclusions: string[] = [];
  if (random.chance(0.15)) exclusions.push("geen_huisdieren");
  if (childAge >= 10 && random.chance(0.15)) exclusions.push("geen_jonge_kinderen");
  if (random.chance(childAge < 4 ? 0.5 : 0.2)) exclusions.push("niet_roken");
  return exclusions;
}

function showcaseNeeds(today: Date): DemoPlacementNeed[] {
  const [organisation] = demoOrganisations;
  const created = addDays(today, -1);
  const base = {
    organisation_slug: organisation.slug,
    child_gender: "other" as const,
    siblings_together: true,
    urgency: "regular" as Urgency,
    start_date: isoDate(addDays(today, 14)),
    care_form: "long_term" as CareForm,
    court_ordered: false,
    status: "open" as const,
    status_reason: null,
    created_by_email: demoStaffWithRole(organisation, "placement_worker")?.email ?? null,
    created_at: created.toISOString(),
    updated_at: created.toISOString(),
  };
  /** School and parents at the centroids of two postcode-4 areas. */
  const locatedAt = (school: string, parents: string) => {
    const [schoolArea, parentsArea] = [school, parents].map((postcode4) => {
      const area = findPostcodeArea(postcode4);
      if (!area) throw new Error(`The gazetteer lacks demo area ${postcode4}`);
      return area;
    });
    return {
      school_location: school,
      school_postcode4: school,
      school_lat: schoolArea.lat,
      school_lng: schoolArea.lng,
      parents_location: parents,
      parents_postcode4: parents,
      parents_lat: parentsArea.lat,
      parents_lng: parentsArea.lng,
    };
  };
  return [
    {
      ...base,
      ...locatedAt("3521", "3522"),
      reference: "PV-DEMO-GOED",
      child_age: 8,
      sibling_count: 0,
      expected_duration: "Tot volwassenheid",
      max_distance_km: 20,
      needs: ["trauma"],
      exclusions: [],
      languages: [],
      expected_past_eighteen: false,
    },
    {
      ...base,
      ...locatedAt("3431", "3401"),
      reference: "PV-DEMO-MATIG",
      child_age: 15,
      sibling_count: 0,
      expected_duration: "Langdurig, perspectief biedend",
      max_distance_km: 25,
      needs: ["medisch", "autisme", "lvb"],
      exclusions: ["niet_roken"],
      languages: ["ti"],
      expected_past_eighteen: true,
    },
    {
      ...base,
      ...locatedAt("3511", "3512"),
      reference: "PV-DEMO-GEEN",
      child_age: 16,
      sibling_count: 3,
      urgency: "within_days",
      start_date: isoDate(addDays(today, 2)),
      care_form: "crisis",
      expected_duration: "Maximaal 4 weken",
      max_distance_km: 5,
      needs: ["tieners"],
      exclusions: ["geen_andere_kinderen", "geen_huisdieren"],
      languages: [],
      expected_past_eighteen: false,
    },
  ];
}
