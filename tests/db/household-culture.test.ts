import { describe, expect, it } from "vitest";
import { getHouseholdCulture, setHouseholdCulture } from "../../src/server/capacity/household-culture";
import { notAllowedMessage } from "../../src/server/errors";
import type { Database } from "../../src/server/sql/engine";
import { withService } from "../../src/server/sql/with-user";
import { testEngines } from "../support/databases";
import { insufficientPrivilege, type Personas, queryAs, usePersonaDatabase } from "./personas";

const storedCulture = async (db: Database, household: string) =>
  (
    await withService(db, (tx) =>
      tx.query<{ religion_culture: string }>(
        "select religion_culture from private.household_culture where household_id = $1",
        [household],
      ),
    )
  )[0]?.religion_culture;

const auditOf = (db: Database, household: string) =>
  withService(db, (tx) =>
    tx.query<{ action: string; actor_id: string; organisation_id: string; details: Record<string, unknown> }>(
      `select action, actor_id, organisation_id, details from public.audit_log
       where subject_type = 'household' and subject_id = $1 order by id`,
      [household],
    ),
  );

describe.each(testEngines)("a household's religion or culture on $name", (engine) => {
  let db: Database;
  let people: Personas;
  usePersonaDatabase(engine, (opened) => ({ db, people } = opened));

  it("a recruiter of its organisation records, reads and clears it; changes are audited without the value, reads logged", async () => {
    const household = people.households.a1;
    const claims = people.recruiterA.claims;
    await setHouseholdCulture(db, claims, { householdId: household, religionCulture: "Islamitisch" });
    expect(await storedCulture(db, household)).toBe("Islamitisch");
    expect(await getHouseholdCulture(db, claims, household)).toBe("Islamitisch");
    // The same value again changes nothing and is not audited again.
    await setHouseholdCulture(db, claims, { householdId: household, religionCulture: "Islamitisch" });
    await setHouseholdCulture(db, claims, { householdId: household, religionCulture: null });
    expect(await storedCulture(db, household)).toBeUndefined();
    expect(await getHouseholdCulture(db, claims, household)).toBeNull();

    const audit = await auditOf(db, household);
    expect(audit.map((row) => [row.action, row.details])).toEqual([
      ["household.culture_set", {}],
      ["staff.read", { purpose: "household_culture" }],
      ["household.culture_cleared", {}],
      ["staff.read", { purpose: "household_culture" }],
    ]);
    expect(audit.every((row) => row.actor_id === people.recruiterA.id)).toBe(true);
    expect(audit.every((row) => row.organisation_id === people.organisations.a)).toBe(true);
    expect(JSON.stringify(audit)).not.toContain("Islamitisch");
  });

  it("refuses placement workers, even of its own organisation, and another organisation's recruiters", async () => {
    const household = people.households.a1;
    await setHouseholdCulture(db, people.recruiterA.claims, {
      householdId: household,
      religionCulture: "Hindoe",
    });
    for (const caller of [
      people.placementWorkerA,
      people.recruiterB,
      people.placementWorkerB,
      people.adminA,
    ]) {
      await expect(
        queryAs(db, caller, "select app.household_culture($1)", [household]),
      ).rejects.toMatchObject(insufficientPrivilege);
      await expect(
        queryAs(db, caller, "select app.set_household_culture($1, 'Christelijk')", [household]),
      ).rejects.toMatchObject(insufficientPrivilege);
    }
    await expect(
      setHouseholdCulture(db, people.recruiterB.claims, { householdId: household, religionCulture: "Joods" }),
    ).rejects.toMatchObject({ name: "UserFacingError", message: notAllowedMessage });
    expect(await storedCulture(db, household)).toBe("Hindoe");
  });

  it("refuses more than 60 characters", async () => {
    await expect(
      queryAs(db, people.recruiterA, "select app.set_household_culture($1, $2)", [
        people.households.a1,
        "x".repeat(61),
      ]),
    ).rejects.toMatchObject({ code: "22023" });
  });
});
