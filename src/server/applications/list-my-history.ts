import type { MyMove } from "../../domain/applications/my-history";
import type { ApplicantStage } from "../../domain/applications/stages";
import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";

export interface MyHistoryData {
  stage: ApplicantStage;
  status: string;
  moves: MyMove[];
  mails: { subject: string; sentAt: Date }[];
}

/** The signed-in applicant's own moves and the mail staff sent them (RLS: their application only). */
export async function listMyHistory(db: Database, claims: Claims): Promise<MyHistoryData | undefined> {
  return withUser(db, claims, async (tx) => {
    const [application] = await tx.query<{ id: string; stage: ApplicantStage; status: string }>(
      "select id, stage, status::text as status from public.applications where user_id = $1",
      [claims.sub],
    );
    if (!application) return undefined;
    const moves = await tx.query<{
      from_stage: ApplicantStage | null;
      to_stage: ApplicantStage;
      to_status: string | null;
      reason_code: string | null;
      at: Date;
    }>(
      `select from_stage, to_stage, to_status::text as to_status, reason_code, at
       from public.application_stage_history where application_id = $1 order by at, id`,
      [application.id],
    );
    const mails = await tx.query<{ subject: string; sent_at: Date }>(
      "select subject, sent_at from public.applicant_mails where application_id = $1 order by sent_at",
      [application.id],
    );
    return {
      stage: application.stage,
      status: application.status,
      moves: moves.map((move) => ({
        fromStage: move.from_stage,
        toStage: move.to_stage,
        toStatus: move.to_status,
        reasonCode: move.reason_code,
        at: new Date(move.at),
      })),
      mails: mails.map((mail) => ({ subject: mail.subject, sentAt: new Date(mail.sent_at) })),
    };
  });
}
