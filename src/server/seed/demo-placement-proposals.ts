import { addDays } from "./calendar";
import { type DemoHousehold, demoHouseholds } from "./demo-households";
import { type DemoPlacementNeed, demoPlacementNeeds } from "./demo-placement-needs";
import { stableUuid } from "./random";

type NeedStatus = DemoPlacementNeed["status"];

/** A row of public.placement_proposals (need by reference, people by email), with its placement if any. */
export interface DemoPlacementProposal {
  id: string;
  need_reference: string;
  household_id: string;
  status: "shortlisted" | "proposed" | "accepted" | "declined";
  message: string | null;
  decline_reason: string | null;
  answer_note: string | null;
  shortlisted_by_email: string | null;
  shortlisted_at: string;
  proposed_at: string | null;
  answered_by_email: string | null;
  answered_at: string | null;
  placement: {
    id: string;
    places: number;
    placed_at: string;
    ended_at: string | null;
    end_reason: string | null;
  } | null;
}

interface Scenario {
  /** The need's organisation and its placement worker (Heuvelrug has none among the demo logins). */
  proposer: { slug: string; email: string | null; needStatus: NeedStatus };
  owner: { slug: string; email: string };
  step: "shortlisted" | "proposed" | "declined" | "placed" | "ended";
}

const utrecht = { slug: "pleegzorg-utrecht-stad", email: "plaatser@openhuis.test" };
const utrechtRecruiter = { ...utrecht, email: "werver@openhuis.test" };
const heuvelrug = { slug: "gezinshuizen-de-heuvelrug", email: "werver.heuvelrug@openhuis.test" };
const eemland = { slug: "steunouders-eemland", email: "plaatser.eemland@openhuis.test" };

// One of each step, between different organisations, on needs whose status matches the step.
const scenarios: readonly Scenario[] = [
  { proposer: { ...utrecht, needStatus: "open" }, owner: heuvelrug, step: "shortlisted" },
  { proposer: { ...eemland, needStatus: "proposed" }, owner: utrechtRecruiter, step: "proposed" },
  { proposer: { ...eemland, needStatus: "proposed" }, owner: heuvelrug, step: "proposed" },
  { proposer: { ...utrecht, needStatus: "matching" }, owner: heuvelrug, step: "declined" },
  { proposer: { ...utrecht, needStatus: "placed" }, owner: heuvelrug, step: "placed" },
  { proposer: { ...heuvelrug, email: null, needStatus: "placed" }, owner: utrechtRecruiter, step: "ended" },
];

const placesFor = (need: DemoPlacementNeed) => (need.siblings_together ? need.sibling_count + 1 : 1);

/** A household of the owner that fits the need as matching would find it. */
function fittingHousehold(
  need: DemoPlacementNeed,
  households: readonly DemoHousehold[],
  used: Set<string>,
): DemoHousehold | undefined {
  return households.find(
    (household) =>
      !used.has(household.id) &&
      household.status === "active" &&
      household.care_forms.includes(need.care_form) &&
      household.age_min <= need.child_age &&
      household.age_max >= need.child_age &&
      household.places_free >= placesFor(need),
  );
}

/** A few proposals in every state, the same for the same `today`. */
export function demoPlacementProposals(today: Date): DemoPlacementProposal[] {
  const needs = demoPlacementNeeds(today);
  const households = demoHouseholds(today);
  const usedNeeds = new Set<string>();
  const usedHouseholds = new Set<string>();
  return scenarios.flatMap(({ proposer, owner, step }, index) => {
    const ownerHouseholds = households.filter((household) => household.organisation_slug === owner.slug);
    const [need, household] =
      needs
        .filter(
          (candidate) =>
            candidate.organisation_slug === proposer.slug &&
            candidate.status === proposer.needStatus &&
            !usedNeeds.has(candidate.reference),
        )
        .map(
          (candidate) => [candidate, fittingHousehold(candidate, ownerHouseholds, usedHouseholds)] as const,
        )
        .find(([, fitting]) => fitting !== undefined) ?? [];
    if (!need || !household) return [];
    usedNeeds.add(need.reference);
    usedHouseholds.add(household.id);

    const day = (daysAgo: number) => addDays(today, -daysAgo - index / 10).toISOString();
    const proposed = step !== "shortlisted";
    const answered = proposed && step !== "proposed";
    const placed = step === "placed" || step === "ended";
    return [
      {
        id: stableUuid(`placement-proposal/${need.reference}`),
        need_reference: need.reference,
        household_id: household.id,
        status: answered
          ? step === "declined"
            ? "declined"
            : "accepted"
          : proposed
            ? "proposed"
            : "shortlisted",
        message: proposed
          ? `Dit gezin woont dicht bij school en heeft ervaring met kinderen van ${need.child_age} jaar.`
          : null,
        decline_reason: step === "declined" ? "not_a_fit" : null,
        answer_note:
          step === "declined" ? "Het gezin heeft net een crisisplaatsing gehad en wil even rust." : null,
        shortlisted_by_email: proposer.email,
        shortlisted_at: day(9),
        proposed_at: proposed ? day(8) : null,
        answered_by_email: answered ? owner.email : null,
        answered_at: answered ? day(6) : null,
        placement: placed
          ? {
              id: stableUuid(`placement/${need.reference}`),
              places: placesFor(need),
              placed_at: day(5),
              ended_at: step === "ended" ? day(1) : null,
              end_reason: step === "ended" ? "completed" : null,
            }
          : null,
      },
    ];
  });
}
