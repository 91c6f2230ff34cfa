import type { CareFormChoice, ParentType } from "../../domain/applications/options";
import type { HouseholdMember } from "../../domain/applications/schemas";
import type { ApplicantStage } from "../../domain/applications/stages";
import type { ScreeningCheck } from "../../domain/screening/checks";
import type { ApplicationExit, MoveTarget } from "../../domain/screening/moves";
import { logStaffReads } from "../privacy/log-staff-read";
import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";
import { recruitmentOrganisations, recruitsFor } from "../staff/recruitment-scope";
import { type ScreeningCheckRow, screeningCheckColumns, toScreeningCheck } from "./screening-check-row";

export interface ApplicantProfile {
  id: string;
  organisationId: string;
  email: string;
  firstName: string | null;
  lastName: string | null;
  phone: string | null;
  dateOfBirth: string | null;
  householdMembers: HouseholdMember[];
  parentTypes: ParentType[];
  careForms: CareFormChoice[];
  postcode: string | null;
  municipality: string | null;
  availability: string | null;
  heardVia: string | null;
  heardViaOther: string | null;
  source: string | null;
  utm: Record<string, string>;
  stage: ApplicantStage;
  status: "submitted" | "withdrawn" | "rejected" | "parked";
  version: number;
  exitReasonCode: string | null;
  submittedAt: Date | null;
}

export interface StageMove {
  id: string;
  fromStage: ApplicantStage | null;
  toStage: ApplicantStage;
  toStatus: string | null;
  actorId: string | null;
  reasonCode: string | null;
  staffNote: string | null;
  at: Date;
}

export interface EveningRegistrationEvent {
  id: string;
  eveningTitle: string;
  eveningStartsAt: Date;
  status: string;
  registeredAt: Date;
}

export interface ApplicantForRecruiter {
  profile: ApplicantProfile;
  moves: StageMove[];
  /** Null for an admin who is not also a recruiter there: only recruiters read checks. */
  checks: ScreeningCheck[] | null;
  registrations: EveningRegistrationEvent[];
  /** Where the recruiter may move them now: the route's next stages, or exits. */
  targets: MoveTarget[];
  exitReasons: { code: string; exit: ApplicationExit; label: string }[];
}

/**
 * One applicant for a recruiter or admin of their organisation, with everything the applicant page
 * shows; the screening checks for a recruiter only, as their policy says. RLS decides who sees the
 * application; others get undefined (the page answers 404). Every read of personal or screening data
 * is logged in the same transaction.
 */
export async function getApplicantForRecruiter(
  db: Database,
  claims: Claims,
  applicationId: string,
): Promise<ApplicantForRecruiter | undefined> {
  return withUser(db, claims, async (tx) => {
    const [row] = await tx.query<{
      id: string;
      organisation_id: string;
      email: string;
      first_name: string | null;
      last_name: string | null;
      phone: string | null;
      date_of_birth: string | null;
      household_members: HouseholdMember[];
      parent_types: ParentType[];
      care_forms: CareFormChoice[];
      postcode: string | null;
      municipality: string | null;
      availability: string | null;
      heard_via: string | null;
      heard_via_other: string | null;
      source: string | null;
      utm: Record<string, string>;
      stage: ApplicantStage;
      status: ApplicantProfile["status"];
      version: number;
      exit_reason_code: string | null;
      submitted_at: Date | null;
    }>(
      `select a.id, a.organisation_id, a.email, a.first_name, a.last_name, a.phone, a.date_of_birth::text as date_of_birth,
              a.household_members, a.parent_types::text[] as parent_types, a.care_forms::text[] as care_forms,
              a.postcode, a.municipality, a.availability, a.heard_via, a.heard_via_other, a.source, a.utm, a.stage, a.status,
              a.version, a.exit_reason_code, a.submitted_at
       from public.applications a
       where a.id = $1 and a.status <> 'draft' and a.organisation_id in ${recruitmentOrganisations}`,
      [applicationId],
    );
    if (!row) return undefined;
    await logStaffReads(tx, [
      {
        organisationId: row.organisation_id,
        subjectType: "application",
        subjectIds: [row.id],
        purpose: "application.view",
      },
    ]);
    const moves = await tx.query<{
      id: string;
      from_stage: ApplicantStage | null;
      to_stage: ApplicantStage;
      to_status: string | null;
      actor_id: string | null;
      reason_code: string | null;
      staff_note: string | null;
      at: Date;
    }>(
      "select h.id::text as id, h.from_stage, h.to_stage, h.to_status, h.actor_id, h.reason_code, h.staff_note, h.at from app.list_stage_history($1) h",
      [row.id],
    );
    const [{ recruits }] = await tx.query<{ recruits: boolean }>(
      `select ${recruitsFor("$1::uuid")} as recruits`,
      [row.organisation_id],
    );
    const checks = recruits
      ? await tx.query<ScreeningCheckRow>(
          `select ${screeningCheckColumns} from app.list_screening_checks($1) c`,
          [row.id],
        )
      : null;
    const registrations = await tx.query<{
      id: string;
      title: string;
      starts_at: Date;
      status: string;
      registered_at: Date;
    }>(
      `select r.id, e.title, e.starts_at, r.status, r.registered_at
       from public.evening_registrations r join public.information_evenings e on e.id = r.evening_id
       where r.application_id = $1`,
      [row.id],
    );
    const routes = await tx.query<{ to_stage: ApplicantStage }>(
      `select distinct r.to_stage from public.stage_routes r
       where r.from_stage = $1 and r.parent_type::text = any($2::text[])`,
      [row.stage, row.parent_types],
    );
    const exitReasons = await tx.query<{ code: string; exit: ApplicationExit; label: string }>(
      "select code, exit::text as exit, label from public.exit_reasons order by exit, label",
    );
    return {
      profile: {
        id: row.id,
        organisationId: row.organisation_id,
        email: row.email,
        firstName: row.first_name,
        lastName: row.last_name,
        phone: row.phone,
        dateOfBirth: row.date_of_birth,
        householdMembers: row.household_members,
        parentTypes: row.parent_types,
        careForms: row.care_forms,
        postcode: row.postcode,
        municipality: row.municipality,
        availability: row.availability,
        heardVia: row.heard_via,
        heardViaOther: row.heard_via_other,
        source: row.source,
        utm: row.utm,
        stage: row.stage,
        status: row.status,
        version: row.version,
        exitReasonCode: row.exit_reason_code,
        submittedAt: row.submitted_at && new Date(row.submitted_at),
      },
      moves: moves.map((move) => ({
        id: move.id,
        fromStage: move.from_stage,
        toStage: move.to_stage,
        toStatus: move.to_status,
        actorId: move.actor_id,
        reasonCode: move.reason_code,
        staffNote: move.staff_note,
        at: new Date(move.at),
      })),
      checks: checks?.map(toScreeningCheck) ?? null,
      registrations: registrations.map((registration) => ({
        id: registration.id,
        eveningTitle: registration.title,
        eveningStartsAt: new Date(registration.starts_at),
        status: registration.status,
        registeredAt: new Date(registration.registered_at),
      })),
      targets: moveTargets(
        row.status,
        row.stage,
        routes.map((route) => route.to_stage),
      ),
      exitReasons,
    };
  });
}

function moveTargets(
  status: ApplicantProfile["status"],
  stage: ApplicantStage,
  next: ApplicantStage[],
): MoveTarget[] {
  if (status === "withdrawn" || status === "rejected") return [];
  // A parked application goes on in the stage it is in, or ends.
  if (status === "parked") return [stage, "withdrawn", "rejected"];
  return [...next, "withdrawn", "rejected", "parked"];
}
