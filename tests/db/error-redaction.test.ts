import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/server/sql/engine";
import { testEngines } from "../support/databases";

describe.each(testEngines)("database errors on $name", (engine) => {
  let db: Database;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    ({ db, dispose } = await engine.open());
  });
  afterAll(() => dispose());

  it("never carry the personal data that was sent with the query into the logs", async () => {
    const error = await db
      .query("insert into public.staff_invitations (email, organisation_id, role) values ($1, $2, 'admin')", [
        "geheim@example.nl",
        "00000000-0000-0000-0000-000000000000",
      ])
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: "23503" });
    expect(JSON.stringify(error, Object.getOwnPropertyNames(error))).not.toContain("geheim@example.nl");
  });

  it("keep the detail of our own SQLSTATE class OH, which our functions fill without personal data", async () => {
    const ours = await db
      .query(
        `do $$ begin raise exception 'stale' using errcode = 'OH409', detail = '{"stage":"screening"}'; end $$`,
      )
      .catch((caught: unknown) => caught);
    expect(ours).toMatchObject({ code: "OH409", detail: '{"stage":"screening"}' });
    const theirs = await db
      .query(
        `do $$ begin raise exception 'other' using errcode = '22023', detail = 'geheim@example.nl'; end $$`,
      )
      .catch((caught: unknown) => caught);
    expect(theirs).toMatchObject({ code: "22023" });
    expect(theirs).not.toHaveProperty("detail");
  });
});
