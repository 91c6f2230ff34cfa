import { describe, expect, it } from "vitest";
import {
  landingPath,
  type Membership,
  rolesForPath,
  workspaceForPath,
} from "../../../src/domain/staff/roles";

const membership = (role: Membership["role"]): Membership => ({
  id: role,
  organisationId: "org",
  organisationName: "Pleegzorg",
  role,
});

describe("workspaces", () => {
  it("admits each workspace's own role only", () => {
    expect(workspaceForPath("/werving")?.role).toBe("recruiter");
    expect(workspaceForPath("/plaatsing/zoeken")?.role).toBe("placement_worker");
    expect(workspaceForPath("/beheer")?.role).toBe("admin");
    expect(workspaceForPath("/wervingsavond")).toBeUndefined();
  });

  it("sends staff to their workspace after signing in, and applicants to their own page", () => {
    expect(landingPath([membership("placement_worker")])).toBe("/plaatsing");
    expect(landingPath([membership("admin"), membership("recruiter")])).toBe("/werving");
    expect(landingPath([])).toBe("/mijn");
  });
});

describe("shared sections", () => {
  it("lets admins plan information evenings without opening the rest of Werving to them", () => {
    expect(rolesForPath("/werving/informatiebijeenkomsten/nieuw")).toEqual(["recruiter", "admin"]);
    expect(rolesForPath("/werving")).toEqual(["recruiter"]);
    expect(rolesForPath("/beheer")).toEqual(["admin"]);
    expect(rolesForPath("/informatiebijeenkomsten")).toBeUndefined();
  });

  it("lets recruiters answer placement proposals without opening the rest of Plaatsing to them", () => {
    expect(rolesForPath("/plaatsing/voorstellen")).toEqual(["placement_worker", "recruiter"]);
    expect(rolesForPath("/plaatsing/voorstellen/0b7c6e52-0000-4000-8000-000000000000")).toEqual([
      "placement_worker",
      "recruiter",
    ]);
    expect(rolesForPath("/plaatsing")).toEqual(["placement_worker"]);
  });

  it("lets an admin read the funnel (of their region) and export it, but not the pipeline", () => {
    expect(rolesForPath("/werving/stuurinformatie")).toEqual(["recruiter", "admin"]);
    expect(rolesForPath("/werving/stuurinformatie/export")).toEqual(["recruiter", "admin"]);
    expect(rolesForPath("/werving/export")).toEqual(["recruiter"]);
  });

  it("lets admins and recruiters both handle deletion requests", () => {
    expect(rolesForPath("/werving/verwijderverzoeken")).toEqual(["recruiter", "admin"]);
  });
});
