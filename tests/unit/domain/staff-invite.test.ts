import { describe, expect, it } from "vitest";
import { staffInviteSchema } from "../../../src/domain/staff/invite";

describe("inviting a staff member", () => {
  it("asks for the colleague's address, not the admin's own, when it is left empty", () => {
    for (const email of [null, "", "  "]) {
      const result = staffInviteSchema.safeParse({
        organisationId: "3f1c2b9e-8d4a-4c1e-9b7a-2e5f6a7b8c9d",
        email,
        role: "recruiter",
      });
      expect(result.error?.issues.find((issue) => issue.path[0] === "email")?.message).toBe(
        "Vul het e-mailadres van de medewerker in.",
      );
    }
  });
});
