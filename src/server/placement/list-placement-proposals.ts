import type { Database, SqlExecutor } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";
import { type PlacementProposal, type PlacementProposalRow, toPlacementProposal } from "./placement-proposal";

/** The proposals the caller's organisation made or received; the database decides which. */
export async function listPlacementProposals(
  db: Database,
  claims: Claims,
  filter: { needId?: string } = {},
): Promise<PlacementProposal[]> {
  return withUser(db, claims, (tx) => proposalsFor(tx, { needId: filter.needId }));
}

/** One proposal, or undefined when it does not exist or is not the caller's to see. */
export async function getPlacementProposal(
  db: Database,
  claims: Claims,
  proposalId: string,
): Promise<PlacementProposal | undefined> {
  const [proposal] = await withUser(db, claims, (tx) => proposalsFor(tx, { proposalId }));
  return proposal;
}

export async function proposalsFor(
  tx: SqlExecutor,
  filter: { needId?: string; proposalId?: string },
): Promise<PlacementProposal[]> {
  const rows = await tx.query<PlacementProposalRow>("select * from app.placement_proposals_for_me($1, $2)", [
    filter.needId ?? null,
    filter.proposalId ?? null,
  ]);
  return rows.map(toPlacementProposal);
}
