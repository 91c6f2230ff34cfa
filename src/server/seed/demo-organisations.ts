import type { CareForm } from "../../domain/capacity/labels";
import type { ParentType } from "../../domain/parent-types";
import { type PostcodeArea, postcodeAreasInMunicipality } from "../geocode/gazetteer";
import type { Random } from "./random";

export type StaffRole = "admin" | "recruiter" | "placement_worker";

export const demoRegion = { slug: "midden-nederland", name: "Regio Midden-Nederland" } as const;

export interface DemoOrganisation {
  slug: string;
  name: string;
  /** Letter in household labels ("Gezin U-0042"). */
  code: string;
  /** The municipalities served, each with its inhabitants in thousands, so big towns get more households. */
  municipalities: readonly (readonly [municipality: string, inhabitants: number])[];
  households: number;
  placementNeeds: number;
  /** How often its households confirm their availability, when not the default 6 weeks. */
  confirmEveryWeeks?: number;
  /** How often each kind of household occurs among this provider's capacity. */
  kindWeights: readonly (readonly [HouseholdKind, number])[];
  /** What the regional finder tells visitors: what it offers and how to reach it. */
  offers: { parentTypes: readonly ParentType[]; careForms: readonly CareForm[] };
  contact: { phone: string; email: string; website: string };
}

export type HouseholdKind = "foster_family" | "family_home" | "support_family";

// Fictional providers; any likeness to a real organisation's name is unintended.
export const demoOrganisations: readonly DemoOrganisation[] = [
  {
    slug: "pleegzorg-utrecht-stad",
    name: "Pleegzorg Utrecht Stad",
    code: "U",
    municipalities: [
      ["Utrecht", 370],
      ["Nieuwegein", 65],
      ["Houten", 51],
      ["IJsselstein", 35],
      ["Vijfheerenlanden", 20],
      ["Woerden", 53],
      ["Montfoort", 14],
      ["Lopik", 15],
      ["Stichtse Vecht", 66],
    ],
    households: 130,
    placementNeeds: 18,
    kindWeights: [
      ["foster_family", 70],
      ["family_home", 8],
      ["support_family", 22],
    ],
    offers: {
      parentTypes: ["foster", "support"],
      careForms: ["crisis", "short_term", "long_term", "part_time"],
    },
    contact: {
      phone: "030 000 1100",
      email: "info@pleegzorg-utrecht-stad.test",
      website: "https://pleegzorg-utrecht-stad.example",
    },
  },
  {
    slug: "gezinshuizen-de-heuvelrug",
    name: "Gezinshuizen De Heuvelrug",
    code: "H",
    municipalities: [
      ["Zeist", 67],
      ["De Bilt", 44],
      ["Utrechtse Heuvelrug", 50],
      ["Bunnik", 15],
      ["Wijk bij Duurstede", 24],
      ["Rhenen", 21],
      ["Veenendaal", 68],
      ["Culemborg", 30],
    ],
    households: 90,
    placementNeeds: 10,
    confirmEveryWeeks: 8,
    kindWeights: [
      ["foster_family", 45],
      ["family_home", 30],
      ["support_family", 25],
    ],
    offers: { parentTypes: ["family_home", "foster"], careForms: ["short_term", "long_term"] },
    contact: {
      phone: "0343 000 200",
      email: "welkom@gezinshuizen-de-heuvelrug.test",
      website: "https://gezinshuizen-de-heuvelrug.example",
    },
  },
  {
    slug: "steunouders-eemland",
    name: "Steunouders Eemland",
    code: "E",
    municipalities: [
      ["Amersfoort", 160],
      ["Soest", 47],
      ["Baarn", 25],
      ["Leusden", 30],
      ["Woudenberg", 14],
      ["Eemnes", 9],
      ["Renswoude", 6],
      ["Bunschoten", 22],
    ],
    households: 80,
    placementNeeds: 12,
    kindWeights: [
      ["foster_family", 35],
      ["family_home", 5],
      ["support_family", 60],
    ],
    offers: { parentTypes: ["support", "foster"], careForms: ["part_time", "short_term"] },
    contact: {
      phone: "033 000 3300",
      email: "hallo@steunouders-eemland.test",
      website: "https://steunouders-eemland.example",
    },
  },
];

export interface DemoStaffMember {
  email: string;
  role: StaffRole;
  organisationSlug: string;
}

export const demoStaff: readonly DemoStaffMember[] = [
  { email: "beheerder@openhuis.test", role: "admin", organisationSlug: "pleegzorg-utrecht-stad" },
  { email: "werver@openhuis.test", role: "recruiter", organisationSlug: "pleegzorg-utrecht-stad" },
  { email: "plaatser@openhuis.test", role: "placement_worker", organisationSlug: "pleegzorg-utrecht-stad" },
  {
    email: "werver.heuvelrug@openhuis.test",
    role: "recruiter",
    organisationSlug: "gezinshuizen-de-heuvelrug",
  },
  {
    email: "plaatser.eemland@openhuis.test",
    role: "placement_worker",
    organisationSlug: "steunouders-eemland",
  },
];

export function postcodeAreasOf(organisation: DemoOrganisation): PostcodeArea[] {
  return organisation.municipalities.flatMap(([municipality]) => postcodeAreasIn(municipality));
}

/** A postcode area where this organisation works, likelier in a bigger town. */
export function pickPostcodeArea(organisation: DemoOrganisation, random: Random): PostcodeArea {
  return random.pick(postcodeAreasIn(random.weighted(organisation.municipalities)));
}

function postcodeAreasIn(municipality: string): PostcodeArea[] {
  const areas = postcodeAreasInMunicipality(municipality);
  if (areas.length === 0) throw new Error(`The gazetteer has no postcode areas for ${municipality}`);
  return areas;
}

/** The staff member of the organisation with this role, if the demo has one. */
export function demoStaffWithRole(
  organisation: DemoOrganisation,
  role: StaffRole,
): DemoStaffMember | undefined {
  return demoStaff.find((member) => member.organisationSlug === organisation.slug && member.role === role);
}
