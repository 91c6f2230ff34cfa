import { describe, expect, it } from "vitest";
import {
  landingPath,
  type Membership,
  mayOpen,
  rolesForPath,
  workspaceForPath,
  workspacesOf,
} from "../../../src/domain/staff/roles";

const membership = (role: Membership["role"]): Membership => ({
  id: role,
  organisationId: "org",
  organisationName: "Pleegzorg",
  role,
});

describe("workspaces", () => {
  it("has one home role per workspace", () => {
    expect(workspaceForPath("/werving")?.role).toBe("recruiter");
    expect(workspaceForPath("/plaatsing/zoeken")?.role).toBe("placement_worker");
    expect(workspaceForPath("/beheer")?.role).toBe("admin");
    expect(workspaceForPath("/wervingsavond")).toBeUndefined();
  });

  it("sends staff to their own role's workspace after signing in, and applicants to their own page", () => {
    expect(landingPath([membership("placement_worker")])).toBe("/plaatsing");
    expect(landingPath([membership("admin"), membership("recruiter")])).toBe("/werving");
    expect(landingPath([membership("admin")])).toBe("/beheer");
    expect(landingPath([])).toBe("/mijn");
  });

  it("shows an admin Werving and Plaatsing besides Beheer, and others only their own", () => {
    const titles = (memberships: Membership[]) => workspacesOf(memberships).map(({ title }) => title);
    expect(titles([membership("admin")])).toEqual(["Werving", "Plaatsing", "Beheer"]);
    expect(titles([membership("recruiter")])).toEqual(["Werving"]);
    expect(titles([membership("placement_worker")])).toEqual(["Plaatsing"]);
    expect(titles([])).toEqual([]);
  });
});

describe("who opens which page", () => {
  it("admits admins to the recruiter workspace, the pipeline and its export included", () => {
    expect(rolesForPath("/werving")).toEqual(["recruiter", "admin"]);
    expect(rolesForPath("/werving/export")).toEqual(["recruiter", "admin"]);
    expect(rolesForPath("/werving/aanmeldingen/0b7c6e52-0000-4000-8000-000000000000")).toEqual([
      "recruiter",
      "admin",
    ]);
    expect(rolesForPath("/werving/informatiebijeenkomsten/nieuw")).toEqual(["recruiter", "admin"]);
    expect(rolesForPath("/werving/stuurinformatie/export")).toEqual(["recruiter", "admin"]);
    expect(rolesForPath("/werving/verwijderverzoeken")).toEqual(["recruiter", "admin"]);
    expect(rolesForPath("/beheer")).toEqual(["admin"]);
    expect(rolesForPath("/informatiebijeenkomsten")).toBeUndefined();
  });

  it("keeps campaign drafts with the recruiters", () => {
    expect(rolesForPath("/werving/campagnes")).toEqual(["recruiter"]);
    expect(rolesForPath("/werving/campagnes/nieuw")).toEqual(["recruiter"]);
    expect(mayOpen([membership("admin")], "/werving/campagnes")).toBe(false);
  });

  it("admits admins to the regional placement overview, not to needs or proposals", () => {
    expect(rolesForPath("/plaatsing")).toEqual(["placement_worker", "admin"]);
    expect(rolesForPath("/plaatsing/overzicht.csv")).toEqual(["placement_worker", "admin"]);
    expect(rolesForPath("/plaatsing/vragen")).toEqual(["placement_worker"]);
    expect(rolesForPath("/plaatsing/vragen/nieuw")).toEqual(["placement_worker"]);
    expect(rolesForPath("/plaatsing/voorstellen")).toEqual(["placement_worker", "recruiter"]);
    expect(rolesForPath("/plaatsing/voorstellen/0b7c6e52-0000-4000-8000-000000000000")).toEqual([
      "placement_worker",
      "recruiter",
    ]);
    expect(mayOpen([membership("admin")], "/plaatsing")).toBe(true);
    expect(mayOpen([membership("admin")], "/plaatsing/vragen/nieuw")).toBe(false);
    expect(mayOpen([membership("recruiter")], "/plaatsing")).toBe(false);
  });
});
