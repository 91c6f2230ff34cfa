import { type PostcodeArea, postcodeAreasInMunicipality } from "../geocode/gazetteer";

export type StaffRole = "admin" | "recruiter" | "placement_worker";

export const demoRegion = { slug: "midden-nederland", name: "Regio Midden-Nederland" } as const;

export interface DemoOrganisation {
  slug: string;
  name: string;
  /** Letter in household labels ("Gezin U-0042"). */
  code: string;
  municipalities: readonly string[];
  households: number;
  placementNeeds: number;
  /** How often each kind of household occurs among this provider's capacity. */
  kindWeights: readonly (readonly [HouseholdKind, number])[];
}

export type HouseholdKind = "foster_family" | "family_home" | "support_family";

// Fictional providers; any likeness to a real organisation's name is unintended.
export const demoOrganisations: readonly DemoOrganisation[] = [
  {
    slug: "pleegzorg-utrecht-stad",
    name: "Pleegzorg Utrecht Stad",
    code: "U",
    municipalities: [
      "Utrecht",
      "Nieuwegein",
      "Houten",
      "IJsselstein",
      "Vijfheerenlanden",
      "Woerden",
      "Montfoort",
      "Lopik",
      "Stichtse Vecht",
    ],
    households: 130,
    placementNeeds: 18,
    kindWeights: [
      ["foster_family", 70],
      ["family_home", 8],
      ["support_family", 22],
    ],
  },
  {
    slug: "gezinshuizen-de-heuvelrug",
    name: "Gezinshuizen De Heuvelrug",
    code: "H",
    municipalities: [
      "Zeist",
      "De Bilt",
      "Utrechtse Heuvelrug",
      "Bunnik",
      "Wijk bij Duurstede",
      "Rhenen",
      "Veenendaal",
      "Culemborg",
    ],
    households: 90,
    placementNeeds: 10,
    kindWeights: [
      ["foster_family", 45],
      ["family_home", 30],
      ["support_family", 25],
    ],
  },
  {
    slug: "steunouders-eemland",
    name: "Steunouders Eemland",
    code: "E",
    municipalities: [
      "Amersfoort",
      "Soest",
      "Baarn",
      "Leusden",
      "Woudenberg",
      "Eemnes",
      "Renswoude",
      "Bunschoten",
    ],
    households: 80,
    placementNeeds: 12,
    kindWeights: [
      ["foster_family", 35],
      ["family_home", 5],
      ["support_family", 60],
    ],
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
  return organisation.municipalities.flatMap((municipality) => {
    const areas = postcodeAreasInMunicipality(municipality);
    if (areas.length === 0) throw new Error(`The gazetteer has no postcode areas for ${municipality}`);
    return areas;
  });
}

/** The staff member of the organisation with this role, if the demo has one. */
export function demoStaffWithRole(
  organisation: DemoOrganisation,
  role: StaffRole,
): DemoStaffMember | undefined {
  return demoStaff.find((member) => member.organisationSlug === organisation.slug && member.role === role);
}
