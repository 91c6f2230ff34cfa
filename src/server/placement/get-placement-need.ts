import type { CareForm } from "../../domain/capacity/labels";
import type { PlacementNeedStatus, Urgency } from "../../domain/placement/labels";
import type { ChildGender } from "../../domain/placement/need-options";
import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";
import type { LocationStatus } from "./locate-need";

export interface NeedArea {
  /** What the placement worker typed: a postcode-4 area or a place name. */
  text: string;
  located: boolean;
}

export interface PlacementNeed {
  id: string;
  organisationId: string;
  reference: string;
  childAge: number;
  childGender: ChildGender | null;
  siblingCount: number;
  siblingsTogether: boolean;
  urgency: Urgency;
  startDate: string;
  careForm: CareForm;
  expectedDuration: string | null;
  school: NeedArea | null;
  parents: NeedArea | null;
  locationStatus: LocationStatus;
  maxDistanceKm: number;
  needs: string[];
  needsAccessibleHome: boolean;
  exclusions: string[];
  languages: string[];
  cultureWish: string | null;
  expectedPastEighteen: boolean;
  courtOrdered: boolean;
  status: PlacementNeedStatus;
  statusReason: string | null;
  updatedAt: Date;
  /** The stored version as exact text, which an edit must still match when it is saved. */
  editStamp: string;
}

interface NeedRow {
  id: string;
  organisation_id: string;
  reference: string;
  child_age: number;
  child_gender: ChildGender | null;
  sibling_count: number;
  siblings_together: boolean;
  urgency: Urgency;
  start_date: string;
  care_form: CareForm;
  expected_duration: string | null;
  school_location: string | null;
  school_located: boolean;
  parents_location: string | null;
  parents_located: boolean;
  location_status: LocationStatus;
  max_distance_km: number;
  needs: string[];
  needs_accessible_home: boolean;
  exclusions: string[];
  languages: string[];
  culture_wish: string | null;
  expected_past_eighteen: boolean;
  court_ordered: boolean;
  status: PlacementNeedStatus;
  status_reason: string | null;
  updated_at: Date;
  edit_stamp: string;
}

const area = (text: string | null, located: boolean): NeedArea | null => (text ? { text, located } : null);

/** A need of the caller's organisation, for its placement workers; undefined for anyone else (RLS). */
export async function getPlacementNeed(
  db: Database,
  claims: Claims,
  needId: string,
): Promise<PlacementNeed | undefined> {
  const [row] = await withUser(db, claims, (tx) =>
    tx.query<NeedRow>(
      `select id, organisation_id, reference, child_age, child_gender, sibling_count, siblings_together, urgency,
              start_date::text, care_form, expected_duration, school_location, school_lat is not null as school_located,
              parents_location, parents_lat is not null as parents_located, location_status, max_distance_km, needs,
              needs_accessible_home, exclusions, languages, culture_wish, expected_past_eighteen, court_ordered,
              status, status_reason, updated_at, updated_at::text as edit_stamp
       from public.placement_needs where id = $1`,
      [needId],
    ),
  );
  if (!row) return undefined;
  return {
    id: row.id,
    organisationId: row.organisation_id,
    reference: row.reference,
    childAge: row.child_age,
    childGender: row.child_gender,
    siblingCount: row.sibling_count,
    siblingsTogether: row.siblings_together,
    urgency: row.urgency,
    startDate: row.start_date,
    careForm: row.care_form,
    expectedDuration: row.expected_duration,
    school: area(row.school_location, row.school_located),
    parents: area(row.parents_location, row.parents_located),
    locationStatus: row.location_status,
    maxDistanceKm: row.max_distance_km,
    needs: row.needs,
    needsAccessibleHome: row.needs_accessible_home,
    exclusions: row.exclusions,
    languages: row.languages,
    cultureWish: row.culture_wish,
    expectedPastEighteen: row.expected_past_eighteen,
    courtOrdered: row.court_ordered,
    status: row.status,
    statusReason: row.status_reason,
    updatedAt: new Date(row.updated_at),
    editStamp: row.edit_stamp,
  };
}
