import { proposalPath } from "../../domain/placement/proposal-paths";
import { placementProposedEmail } from "../mail/templates/placement-proposed";
import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";
import { proposalsFor } from "./list-placement-proposals";
import { withStepErrors } from "./placement-step-errors";

/**
 * Proposes a shortlisted household to its organisation with a message; that organisation's
 * recruiters and placement workers get a mail (without the message) in the same transaction.
 */
export async function proposeHousehold(
  db: Database,
  claims: Claims,
  step: { proposalId: string; expectedVersion: number; message: string },
  siteUrl: string,
): Promise<{ version: number }> {
  return withStepErrors(claims, () =>
    withUser(db, claims, async (tx) => {
      const [row] = await tx.query<{ version: number; notify: string[] }>(
        "select version, notify from app.propose_household($1, $2, $3)",
        [step.proposalId, step.expectedVersion, step.message],
      );
      const [proposal] = await proposalsFor(tx, { proposalId: step.proposalId });
      const url = new URL(proposalPath(step.proposalId), siteUrl).toString();
      for (const to of row.notify) {
        tx.queueMail(
          placementProposedEmail(
            to,
            {
              householdLabel: proposal.household.label,
              needReference: proposal.need.reference,
              proposingOrganisation: proposal.proposing.name,
            },
            url,
          ),
        );
      }
      return { version: row.version };
    }),
  );
}
