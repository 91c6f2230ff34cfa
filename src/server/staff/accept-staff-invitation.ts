import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";

export type InvitationAnswer = "accepted" | "other_address" | "invalid";

/** The invited person's click: the role starts only for the account whose confirmed address was invited. */
export async function acceptStaffInvitation(
  db: Database,
  claims: Claims,
  token: string,
): Promise<InvitationAnswer> {
  return withUser(db, claims, async (tx) => {
    const [{ answer }] = await tx.query<{ answer: InvitationAnswer }>(
      "select app.accept_staff_invitation($1) as answer",
      [token],
    );
    return answer;
  });
}
