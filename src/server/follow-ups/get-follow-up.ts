import type { FollowUpEventKind } from "../../domain/applications/follow-up";
import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";
import { listOrganisationRecruiters, type Recruiter } from "./list-organisation-recruiters";

export interface FollowUp {
  /** What the assign and next-action forms send back as the version they saw. */
  version: number;
  assignedRecruiterId: string | null;
  nextAction: string | null;
  /** yyyy-mm-dd */
  nextActionDue: string | null;
  recruiters: Recruiter[];
  events: {
    kind: FollowUpEventKind;
    assignedRecruiterId: string | null;
    nextAction: string | null;
    nextActionDue: string | null;
    actorId: string | null;
    at: Date;
  }[];
}

/** The follow-up of one application for its organisation's recruiters, with its history. */
export async function getFollowUp(
  db: Database,
  claims: Claims,
  applicationId: string,
  organisationId: string,
): Promise<FollowUp> {
  return withUser(db, claims, async (tx) => {
    const [current] = await tx.query<{
      version: number;
      assigned_recruiter_id: string | null;
      next_action: string | null;
      next_action_due: string | null;
    }>(
      `select version, assigned_recruiter_id, next_action, next_action_due::text as next_action_due
       from public.application_follow_ups where application_id = $1`,
      [applicationId],
    );
    const events = await tx.query<{
      kind: FollowUpEventKind;
      assigned_recruiter_id: string | null;
      next_action: string | null;
      next_action_due: string | null;
      actor_id: string | null;
      at: Date;
    }>(
      `select kind, assigned_recruiter_id, next_action, next_action_due::text as next_action_due, actor_id, at
       from public.application_follow_up_events where application_id = $1 order by at, id`,
      [applicationId],
    );
    return {
      version: current?.version ?? 0,
      assignedRecruiterId: current?.assigned_recruiter_id ?? null,
      nextAction: current?.next_action ?? null,
      nextActionDue: current?.next_action_due ?? null,
      recruiters: await listOrganisationRecruiters(tx, organisationId),
      events: events.map((event) => ({
        kind: event.kind,
        assignedRecruiterId: event.assigned_recruiter_id,
        nextAction: event.next_action,
        nextActionDue: event.next_action_due,
        actorId: event.actor_id,
        at: new Date(event.at),
      })),
    };
  });
}
