import type { StageRoute } from "../../domain/applications/pipeline-board";
import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";

/** Every parent type's route (public.stage_routes, which any signed-in user reads): what the board offers. */
export async function listStageRoutes(db: Database, claims: Claims): Promise<StageRoute[]> {
  return withUser(db, claims, (tx) =>
    tx.query<StageRoute>(
      `select r.parent_type::text as "parentType", r.from_stage::text as "fromStage", r.to_stage::text as "toStage"
       from public.stage_routes r order by r.parent_type, r.from_stage, r.to_stage`,
    ),
  );
}
