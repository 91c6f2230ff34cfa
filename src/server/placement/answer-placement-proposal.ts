import { proposalPath } from "../../domain/placement/proposal-paths";
import type { DeclineReason } from "../../domain/placement/workflow";
import { placementAnsweredEmail } from "../mail/templates/placement-answered";
import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";
import { proposalsFor } from "./list-placement-proposals";
import { withStepErrors } from "./placement-step-errors";

export interface ProposalAnswer {
  proposalId: string;
  expectedVersion: number;
  accept: boolean;
  reason: DeclineReason | null;
  note: string | null;
}

/** The household's organisation accepts or declines; the proposer gets a mail in the same transaction. */
export async function answerPlacementProposal(
  db: Database,
  claims: Claims,
  answer: ProposalAnswer,
  siteUrl: string,
): Promise<{ version: number }> {
  return withStepErrors(claims, () =>
    withUser(db, claims, async (tx) => {
      const [row] = await tx.query<{ version: number; notify: string[] }>(
        "select version, notify from app.answer_placement_proposal($1, $2, $3, $4, $5)",
        [answer.proposalId, answer.expectedVersion, answer.accept, answer.reason, answer.note],
      );
      const [proposal] = await proposalsFor(tx, { proposalId: answer.proposalId });
      const url = new URL(proposalPath(answer.proposalId), siteUrl).toString();
      for (const to of row.notify) {
        tx.queueMail(
          placementAnsweredEmail(
            to,
            {
              householdLabel: proposal.household.label,
              needReference: proposal.need.reference,
              owningOrganisation: proposal.owning.name,
              accepted: answer.accept,
            },
            url,
          ),
        );
      }
      return { version: row.version };
    }),
  );
}
