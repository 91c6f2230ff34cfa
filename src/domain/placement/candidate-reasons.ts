import { defaultConfirmEveryWeeks } from "../capacity/freshness";
import { type HouseholdKind, householdKindLabels } from "../capacity/labels";
import { type ChildLanguage, languageLabels, type NeedTag, needTagLabels } from "./need-options";

/** The hard filters of app.match_placement_need, by the names it gives them. */
export type HardFilter =
  | "care_form"
  | "status"
  | "places"
  | "age"
  | "availability"
  | "exclusions"
  | "distance";

export type HouseholdMiss = "no_own_bedroom" | "smoking" | "peer_age_children" | "not_accessible" | "pets";

interface Part {
  points: number;
  max: number;
}

/** Per soft factor: the points it gave, its weight, and what it was based on. Absent when it did not apply. */
export interface Contributions {
  distance_school?: Part & { km: number };
  distance_parents?: Part & { km: number };
  expertise?: Part & { matched: string[]; missing: string[] };
  language?: Part & { matched: boolean };
  culture?: Part & { matched: boolean };
  household_fit: Part & { misses: HouseholdMiss[] };
  continuity?: Part & { matched: boolean };
  freshness: Part & { days: number };
  lighter_care: Part;
}

const kilometres = (km: number) => `${km.toLocaleString("nl-NL", { maximumFractionDigits: 1 })} km`;
const tagList = (tags: string[]) =>
  tags.map((tag) => needTagLabels[tag as NeedTag]?.toLowerCase() ?? tag).join(", ");

const missLabels: Record<HouseholdMiss, string> = {
  no_own_bedroom: "geen eigen slaapkamer",
  smoking: "er wordt gerookt",
  peer_age_children: "een eigen kind van ongeveer dezelfde leeftijd",
  not_accessible: "de woning is niet toegankelijk",
  pets: "huisdieren in huis",
};

/** Why a candidate fits, strongest first: each factor that gave at least half its weight. */
export function fitReasons(parts: Contributions, kind: HouseholdKind, limit = 3): string[] {
  const strong = (part: Part | undefined) =>
    part !== undefined && part.max > 0 && part.points >= part.max / 2;
  const reasons: { points: number; text: string }[] = [];
  const add = (part: Part | undefined, text: string) => {
    if (part && strong(part)) reasons.push({ points: part.points, text });
  };
  add(parts.distance_school, `op ${kilometres(parts.distance_school?.km ?? 0)} van de school`);
  add(parts.distance_parents, `op ${kilometres(parts.distance_parents?.km ?? 0)} van de ouders`);
  add(parts.expertise, `ervaring met ${tagList(parts.expertise?.matched ?? [])}`);
  add(parts.language, "spreekt de taal van het kind");
  add(parts.culture, "past bij de wens over geloof of cultuur");
  if (parts.household_fit.points === parts.household_fit.max)
    add(parts.household_fit, "past goed in het gezin");
  add(parts.continuity, "het kind kan na 18 jaar blijven");
  add(parts.freshness, "beschikbaarheid onlangs bevestigd");
  add(parts.lighter_care, `lichtere zorg: ${householdKindLabels[kind].toLowerCase()}`);
  return reasons
    .sort((a, b) => b.points - a.points)
    .slice(0, limit)
    .map((reason) => capitalise(reason.text));
}

/** What does not fit: the soft factors that fell short, in plain words. */
export function misfitReasons(parts: Contributions): string[] {
  const reasons: string[] = [];
  const far = (part: (Part & { km: number }) | undefined, whose: string) => {
    if (part && part.max > 0 && part.points < part.max / 3)
      reasons.push(`ver van ${whose} (${kilometres(part.km)})`);
  };
  far(parts.distance_school, "de school");
  far(parts.distance_parents, "de ouders");
  if (parts.expertise && parts.expertise.missing.length > 0) {
    reasons.push(`geen ervaring met ${tagList(parts.expertise.missing)}`);
  }
  if (parts.language && !parts.language.matched) reasons.push("spreekt de taal van het kind niet");
  if (parts.culture && !parts.culture.matched) reasons.push("past niet bij de wens over geloof of cultuur");
  reasons.push(...parts.household_fit.misses.map((miss) => missLabels[miss]));
  if (parts.continuity && !parts.continuity.matched) reasons.push("niet open voor verblijf na 18 jaar");
  return reasons.map(capitalise);
}

/** "beschikbaarheid 9 weken niet bevestigd", or days while it is fresh. */
export function freshnessText(days: number): string {
  if (days < 14)
    return days <= 1
      ? "beschikbaarheid deze week bevestigd"
      : `beschikbaarheid ${days} dagen geleden bevestigd`;
  return `beschikbaarheid ${Math.floor(days / 7)} weken niet bevestigd`;
}

export const isStaleAvailability = (days: number) => days > defaultConfirmEveryWeeks * 7;

const filterLabels: Record<HardFilter, string> = {
  care_form: "de zorgvorm",
  status: "hun status (gepauzeerd of inactief)",
  places: "te weinig vrije plekken",
  age: "leeftijd",
  availability: "hun beschikbaarheidsperiode",
  exclusions: "de uitsluitingen",
  distance: "afstand",
};

/** "3 gezinnen vallen af op leeftijd". */
export function removedByText(filter: HardFilter, households: number): string {
  return households === 1
    ? `1 gezin valt af op ${filterLabels[filter]}`
    : `${households} gezinnen vallen af op ${filterLabels[filter]}`;
}

export const languageLabel = (code: string) => languageLabels[code as ChildLanguage] ?? code;

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
