import { databaseErrorField, UserFacingError } from "../errors";
import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";

/** Why app.reopen_my_application refused (SQLSTATE OH422), as the applicant reads it. */
export const reopenRefusals: Record<string, string> = {
  not_withdrawn: "Je aanmelding is niet ingetrokken, dus je kunt er gewoon mee verder.",
  deletion_requested:
    "Je hebt gevraagd je gegevens te verwijderen. Zodra dat is gebeurd, kun je je met hetzelfde e-mailadres opnieuw aanmelden.",
  approved_before:
    "Je was al goedgekeurd als gezin. Wil je weer beschikbaar zijn? Neem dan contact op met je organisatie.",
};

/**
 * Someone who withdrew applies again with the same address: their own application becomes a draft
 * with the answers they gave, to check and send again.
 */
export async function reopenMyApplication(db: Database, claims: Claims): Promise<void> {
  try {
    await withUser(db, claims, (tx) => tx.query("select app.reopen_my_application()"));
  } catch (error) {
    const refusal =
      databaseErrorField(error, "code") === "OH422"
        ? reopenRefusals[databaseErrorField(error, "detail") ?? ""]
        : undefined;
    if (refusal) throw new UserFacingError(refusal);
    throw error;
  }
}
