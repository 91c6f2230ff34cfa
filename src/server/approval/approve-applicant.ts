import { type ApprovalInput, refusedApprovalMessages } from "../../domain/capacity/approval";
import { writeHouseholdCulture } from "../capacity/household-culture";
import {
  databaseErrorField,
  isInvalidParameter,
  isPermissionDenied,
  notAllowedMessage,
  UserFacingError,
} from "../errors";
import { findPostcodeArea } from "../geocode/gazetteer";
import { changedMeanwhileMessage } from "../screening/move-applicant";
import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";

export interface ApprovedHousehold {
  householdId: string;
  label: string;
  version: number;
}

const unknownArea = "Dit postcodegebied kennen we niet. Controleer de 4 cijfers.";

/**
 * A recruiter approves an applicant at the decision: the database moves them to 'available' and
 * creates their capacity record, household contact and (when given) religion or culture in one transaction. The record's point is the
 * postcode-4 centroid (or, for an area the gazetteer lacks, the application's own approximate
 * point), never the address.
 */
export async function approveApplicant(
  db: Database,
  claims: Claims,
  approval: ApprovalInput,
): Promise<ApprovedHousehold> {
  try {
    return await withUser(db, claims, async (tx) => {
      const point = await approximatePointFor(tx, approval.applicationId, approval.postcode4);
      if (!point) throw new UserFacingError(unknownArea, "postcode4");
      const [row] = await tx.query<{ household_id: string; label: string; version: number }>(
        "select * from app.approve_applicant($1, $2, $3::text::jsonb, $4, $5, $6, $7)",
        [
          approval.applicationId,
          approval.expectedVersion,
          JSON.stringify(capacityColumns(approval, point)),
          approval.contactName,
          approval.contactEmail,
          approval.contactPhone ?? null,
          approval.approvalNote,
        ],
      );
      if (approval.religionCulture)
        await writeHouseholdCulture(tx, row.household_id, approval.religionCulture);
      return { householdId: row.household_id, label: row.label, version: row.version };
    });
  } catch (error) {
    if (error instanceof UserFacingError) throw error;
    if (isPermissionDenied(error)) throw new UserFacingError(notAllowedMessage);
    const code = databaseErrorField(error, "code");
    if (code === "OH409")
      throw new UserFacingError(changedMeanwhileMessage(claims, databaseErrorField(error, "detail")));
    if (code === "OH422") {
      const refused = refusedApprovalMessages[databaseErrorField(error, "detail") ?? ""];
      if (refused) throw new UserFacingError(refused.message, refused.field);
    }
    if (isInvalidParameter(error)) throw new UserFacingError("Houd de notitie kort.", "approvalNote");
    throw error;
  }
}

async function approximatePointFor(
  tx: { query: Database["query"] },
  applicationId: string,
  postcode4: string,
): Promise<{ lat: number; lng: number } | undefined> {
  const area = findPostcodeArea(postcode4);
  if (area) return { lat: area.lat, lng: area.lng };
  const [own] = await tx.query<{ approx_lat: number; approx_lng: number }>(
    `select approx_lat, approx_lng from public.applications
     where id = $1 and left(postcode, 4) = $2 and approx_lat is not null`,
    [applicationId, postcode4],
  );
  return own && { lat: own.approx_lat, lng: own.approx_lng };
}

/** The households columns app.approve_applicant takes from its `capacity` argument. */
function capacityColumns(approval: ApprovalInput, point: { lat: number; lng: number }) {
  return {
    kind: approval.kind,
    care_forms: approval.careForms,
    places_total: approval.placesTotal,
    places_free: approval.placesFree,
    max_sibling_group: approval.maxSiblingGroup,
    age_min: approval.ageMin,
    age_max: approval.ageMax,
    available_from: approval.availableFrom,
    available_until: approval.availableUntil,
    expertise: approval.expertise,
    languages: approval.languages,
    household_children_ages: approval.childrenAges,
    has_pets: approval.hasPets,
    smoking: approval.smoking,
    accessible_home: approval.accessibleHome,
    own_bedroom: approval.ownBedroom,
    open_past_eighteen: approval.openPastEighteen,
    max_travel_km: approval.maxTravelKm,
    municipality: approval.municipality,
    postcode4: approval.postcode4,
    approx_lat: point.lat,
    approx_lng: point.lng,
  };
}
