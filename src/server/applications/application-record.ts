import type { CareFormChoice, ParentType } from "../../domain/applications/options";
import type { HouseholdMember } from "../../domain/applications/schemas";
import type { ApplicantStage } from "../../domain/applications/stages";

export interface Application {
  id: string;
  email: string;
  organisationName: string | null;
  stage: ApplicantStage;
  status: "draft" | "submitted" | "withdrawn" | "rejected";
  stepsCompleted: string[];
  firstName: string | null;
  lastName: string | null;
  phone: string | null;
  dateOfBirth: Date | null;
  householdMembers: HouseholdMember[];
  parentTypes: ParentType[];
  careForms: CareFormChoice[];
  postcode: string | null;
  houseNumber: string | null;
  municipality: string | null;
  /** Whether the address's postcode was found: `not_found` is worth a word to the applicant. */
  addressLookup: "pending" | "found" | "not_found" | "failed";
  availability: string | null;
  heardVia: string | null;
  heardViaOther: string | null;
  source: string | null;
  utm: Record<string, string>;
  privacyVersion: string | null;
  privacyConsentedAt: Date | null;
  submittedAt: Date | null;
  withdrawnAt: Date | null;
  withdrawalReason: string | null;
  deletionRequestedAt: Date | null;
  /** Consent to keep the data at most a year after the application ended. */
  keepDataConsentedAt: Date | null;
  stageHistory: { stage: ApplicantStage; at: Date }[];
}

export const applicationColumns = `a.id, a.email, o.name as organisation_name, a.stage, a.status, a.steps_completed,
  a.first_name, a.last_name, a.phone, a.date_of_birth, a.household_members,
  a.parent_types::text[] as parent_types, a.care_forms::text[] as care_forms, a.postcode, a.house_number,
  a.municipality, a.geocode_status, a.availability, a.heard_via, a.heard_via_other, a.source, a.utm, a.privacy_version, a.privacy_consented_at, a.withdrawal_reason, a.submitted_at, a.withdrawn_at, a.deletion_requested_at,
  a.keep_data_consented_at`;

export interface ApplicationRow {
  id: string;
  email: string;
  organisation_name: string | null;
  stage: ApplicantStage;
  status: Application["status"];
  steps_completed: string[];
  first_name: string | null;
  last_name: string | null;
  phone: string | null;
  date_of_birth: Date | string | null;
  household_members: HouseholdMember[];
  parent_types: ParentType[];
  care_forms: CareFormChoice[];
  postcode: string | null;
  house_number: string | null;
  municipality: string | null;
  geocode_status: Application["addressLookup"];
  availability: string | null;
  heard_via: string | null;
  heard_via_other: string | null;
  source: string | null;
  utm: Record<string, string>;
  privacy_version: string | null;
  privacy_consented_at: Date | null;
  withdrawal_reason: string | null;
  submitted_at: Date | null;
  withdrawn_at: Date | null;
  deletion_requested_at: Date | null;
  keep_data_consented_at: Date | null;
}

const toDate = (value: Date | string | null) => (value === null ? null : new Date(value));

export function toApplication(row: ApplicationRow, stageHistory: Application["stageHistory"]): Application {
  return {
    id: row.id,
    email: row.email,
    organisationName: row.organisation_name,
    stage: row.stage,
    status: row.status,
    stepsCompleted: row.steps_completed,
    firstName: row.first_name,
    lastName: row.last_name,
    phone: row.phone,
    dateOfBirth: toDate(row.date_of_birth),
    householdMembers: row.household_members,
    parentTypes: row.parent_types,
    careForms: row.care_forms,
    postcode: row.postcode,
    houseNumber: row.house_number,
    municipality: row.municipality,
    addressLookup: row.geocode_status,
    availability: row.availability,
    heardVia: row.heard_via,
    heardViaOther: row.heard_via_other,
    source: row.source,
    utm: row.utm,
    privacyVersion: row.privacy_version,
    privacyConsentedAt: toDate(row.privacy_consented_at),
    submittedAt: toDate(row.submitted_at),
    withdrawnAt: toDate(row.withdrawn_at),
    withdrawalReason: row.withdrawal_reason,
    deletionRequestedAt: toDate(row.deletion_requested_at),
    keepDataConsentedAt: toDate(row.keep_data_consented_at),
    stageHistory,
  };
}
