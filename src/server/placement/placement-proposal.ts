import type { CareForm, HouseholdKind, HouseholdStatus } from "../../domain/capacity/labels";
import type { PlacementNeedStatus, Urgency } from "../../domain/placement/labels";
import type { DeclineReason, EndReason, ProposalStatus } from "../../domain/placement/workflow";

/** A proposal as both organisations see it: no names, only the pseudonymous need and household. */
export interface PlacementProposal {
  id: string;
  status: ProposalStatus;
  version: number;
  message: string | null;
  declineReason: DeclineReason | null;
  answerNote: string | null;
  shortlistedBy: string | null;
  shortlistedAt: Date;
  proposedBy: string | null;
  proposedAt: Date | null;
  answeredBy: string | null;
  answeredAt: Date | null;
  proposing: { id: string; name: string };
  owning: { id: string; name: string };
  need: {
    id: string;
    reference: string;
    status: PlacementNeedStatus;
    childAge: number;
    childGender: "girl" | "boy" | "other" | null;
    siblingCount: number;
    siblingsTogether: boolean;
    urgency: Urgency;
    startDate: Date;
    careForm: CareForm;
    expectedDuration: string | null;
    needs: string[];
  };
  household: {
    id: string;
    label: string;
    kind: HouseholdKind;
    status: HouseholdStatus;
    municipality: string;
    placesFree: number;
    placesTotal: number;
    capacityUpdatedAt: Date;
  };
  placement: {
    id: string;
    places: number;
    placedBy: string | null;
    placedAt: Date;
    endedBy: string | null;
    endedAt: Date | null;
    endReason: EndReason | null;
    endNote: string | null;
  } | null;
}

/** A row of app.placement_proposals_for_me. */
export interface PlacementProposalRow {
  id: string;
  status: ProposalStatus;
  version: number;
  message: string | null;
  decline_reason: DeclineReason | null;
  answer_note: string | null;
  shortlisted_by: string | null;
  shortlisted_at: Date;
  proposed_by: string | null;
  proposed_at: Date | null;
  answered_by: string | null;
  answered_at: Date | null;
  proposing_organisation_id: string;
  proposing_organisation_name: string;
  owning_organisation_id: string;
  owning_organisation_name: string;
  need_id: string;
  need_reference: string;
  need_status: PlacementNeedStatus;
  child_age: number;
  child_gender: "girl" | "boy" | "other" | null;
  sibling_count: number;
  siblings_together: boolean;
  urgency: Urgency;
  start_date: Date;
  care_form: CareForm;
  expected_duration: string | null;
  needs: string[];
  household_id: string;
  household_label: string;
  household_kind: HouseholdKind;
  household_status: HouseholdStatus;
  municipality: string;
  places_free: number;
  places_total: number;
  capacity_updated_at: Date;
  placement_id: string | null;
  places: number | null;
  placed_by: string | null;
  placed_at: Date | null;
  ended_by: string | null;
  ended_at: Date | null;
  end_reason: EndReason | null;
  end_note: string | null;
}

const date = (value: Date | string) => new Date(value);
const maybeDate = (value: Date | string | null) => (value === null ? null : new Date(value));

export function toPlacementProposal(row: PlacementProposalRow): PlacementProposal {
  return {
    id: row.id,
    status: row.status,
    version: row.version,
    message: row.message,
    declineReason: row.decline_reason,
    answerNote: row.answer_note,
    shortlistedBy: row.shortlisted_by,
    shortlistedAt: date(row.shortlisted_at),
    proposedBy: row.proposed_by,
    proposedAt: maybeDate(row.proposed_at),
    answeredBy: row.answered_by,
    answeredAt: maybeDate(row.answered_at),
    proposing: { id: row.proposing_organisation_id, name: row.proposing_organisation_name },
    owning: { id: row.owning_organisation_id, name: row.owning_organisation_name },
    need: {
      id: row.need_id,
      reference: row.need_reference,
      status: row.need_status,
      childAge: row.child_age,
      childGender: row.child_gender,
      siblingCount: row.sibling_count,
      siblingsTogether: row.siblings_together,
      urgency: row.urgency,
      startDate: date(row.start_date),
      careForm: row.care_form,
      expectedDuration: row.expected_duration,
      needs: row.needs,
    },
    household: {
      id: row.household_id,
      label: row.household_label,
      kind: row.household_kind,
      status: row.household_status,
      municipality: row.municipality,
      placesFree: row.places_free,
      placesTotal: row.places_total,
      capacityUpdatedAt: date(row.capacity_updated_at),
    },
    placement:
      row.placement_id === null || row.placed_at === null
        ? null
        : {
            id: row.placement_id,
            places: row.places ?? 1,
            placedBy: row.placed_by,
            placedAt: date(row.placed_at),
            endedBy: row.ended_by,
            endedAt: maybeDate(row.ended_at),
            endReason: row.end_reason,
            endNote: row.end_note,
          },
  };
}
