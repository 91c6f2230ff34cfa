import { ageProblem } from "../../domain/applications/age";
import type { Availability, HouseholdMember, Interest } from "../../domain/applications/schemas";
import type { StepKey } from "../../domain/applications/steps";
import type { FormMessages } from "../../domain/i18n/dictionaries/nl-form-messages";
import { UserFacingError } from "../errors";
import type { Database } from "../sql/engine";
import { withUser } from "../sql/with-user";
import { type Applicant, applicantClaims, ownApplication } from "./applicant";

export type StepUpdate =
  | { key: "household"; members: HouseholdMember[] }
  | { key: "interest"; interest: Interest }
  | { key: "address"; postcode: string; houseNumber: string }
  | { key: "availability"; availability: Availability };

const notStarted = (t: FormMessages) => t.application.notStarted;

function columnsFor(update: StepUpdate): Record<string, unknown> {
  switch (update.key) {
    case "household":
      return { household_members: JSON.stringify(update.members) };
    case "interest":
      return { parent_types: update.interest.parentTypes, care_forms: update.interest.careForms };
    case "address":
      return { postcode: update.postcode, house_number: update.houseNumber };
    case "availability":
      return {
        availability: update.availability.availability,
        heard_via: update.availability.heardVia,
        heard_via_other: update.availability.heardViaOther ?? null,
      };
  }
}

const casts: Record<string, string> = {
  household_members: "::text::jsonb",
  parent_types: "::public.parent_type[]",
  care_forms: "::public.care_form[]",
};

/** Saves one step of the caller's own application, so nothing typed is lost between steps. */
export async function saveApplicationStep(
  db: Database,
  applicant: Applicant,
  update: StepUpdate,
  today: Date = new Date(),
): Promise<{ applicationId: string }> {
  return withUser(db, applicantClaims(applicant), async (tx) => {
    const [own] = await tx.query<{ id: string; date_of_birth: Date | string | null; status: string }>(
      `select a.id, a.date_of_birth, a.status from public.applications a where ${ownApplication("a")}`,
    );
    if (!own) throw new UserFacingError(notStarted);
    if (own.status !== "draft") {
      throw new UserFacingError((t) => t.application.closed);
    }
    if (update.key === "interest" && own.date_of_birth) {
      const dateOfBirth = new Date(own.date_of_birth);
      const { parentTypes } = update.interest;
      if (ageProblem(dateOfBirth, parentTypes, today)) {
        const problem = (t: FormMessages) =>
          ageProblem(dateOfBirth, parentTypes, today, t.application.dateOfBirth) ?? "";
        throw new UserFacingError(problem, "parentTypes");
      }
    }
    const columns = Object.entries(columnsFor(update));
    const assignments = columns.map(([column], index) => `${column} = $${index + 2}${casts[column] ?? ""}`);
    await tx.query(
      `update public.applications set ${assignments.join(", ")},
         steps_completed = array(select distinct unnest(steps_completed || array[$${columns.length + 2}::text]))
       where id = $1`,
      [own.id, ...columns.map(([, value]) => value), update.key satisfies StepKey],
    );
    return { applicationId: own.id };
  });
}
