import type { SqlExecutor } from "../sql/engine";
import { type DemoHousehold, demoHousehold } from "./demo-households";
import { demoOrganisations, type HouseholdKind } from "./demo-organisations";
import { seededRandom } from "./random";

interface AvailableApplication {
  id: string;
  organisation_slug: string;
  parent_types: string[];
  last_name: string;
  email: string;
  ended: boolean;
}

const kindOf: Record<string, HouseholdKind> = {
  family_home: "family_home",
  foster: "foster_family",
  support: "support_family",
};

/**
 * Approval is the only way into 'available', so every demo applicant there gets what approving
 * creates: a household with free places (inactive if they stopped since), its address and a contact
 * pointing at the application. Labels continue after the organisation's other demo households.
 */
export async function demoApprovedHouseholds(tx: SqlExecutor, today: Date): Promise<DemoHousehold[]> {
  const applications = await tx.query<AvailableApplication>(
    `select a.id, o.slug as organisation_slug, a.parent_types::text[] as parent_types, a.last_name, a.email,
            a.status in ('withdrawn', 'rejected') as ended
     from public.applications a join public.organisations o on o.id = a.organisation_id
     where a.stage = 'available'
       and not exists (select 1 from public.household_contacts c where c.application_id = a.id)
     order by a.id`,
  );
  return demoOrganisations.flatMap((organisation) =>
    applications
      .filter((application) => application.organisation_slug === organisation.slug)
      .map((application, index) => {
        const kind = kindOf[application.parent_types[0]] ?? "foster_family";
        const household = demoHousehold(
          organisation,
          kind,
          organisation.households + 1 + index,
          seededRandom(`approved-household/${application.id}`),
          today,
          {
            display_name: `Familie ${application.last_name}`,
            email: application.email,
            application_id: application.id,
          },
        );
        const status = application.ended ? "inactive" : "active";
        return { ...household, status, places_free: application.ended ? 0 : household.places_total };
      }),
  );
}
