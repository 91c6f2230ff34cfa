import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { completeSignIn } from "../../src/server/auth/complete-sign-in";
import { newSecretToken } from "../../src/server/secret-token";
import type { Database } from "../../src/server/sql/engine";
import { withService } from "../../src/server/sql/with-user";
import { grantStaffRole } from "../../src/server/staff/grant-staff-role";
import { testEngines } from "../support/databases";
import {
  type Caller,
  claimsFor,
  createPersonas,
  createUser,
  insufficientPrivilege,
  type Personas,
  queryAs,
  sorted,
  tryAs,
  usePersonaDatabase,
  visibleIds,
} from "./personas";

interface AuditRow {
  action: string;
  actor_id: string;
  organisation_id: string;
  subject_type: string;
  subject_id: string;
  details: { role?: string };
}

const auditLogOf = (db: Database, organisation: string) =>
  withService(db, (tx) =>
    tx.query<AuditRow>(
      "select action, actor_id, organisation_id, subject_type, subject_id, details from public.audit_log where organisation_id = $1 order by id",
      [organisation],
    ),
  );

const membershipsOf = (db: Database, user: string) =>
  withService(db, (tx) =>
    tx.query<{ organisation_id: string; role: string }>(
      "select organisation_id, role::text as role from public.memberships where user_id = $1 order by role",
      [user],
    ),
  );

const invitationsOf = (db: Database, organisation: string) =>
  withService(db, (tx) =>
    tx.query<{ email: string; role: string }>(
      "select email, role::text as role from public.staff_invitations where organisation_id = $1 order by email",
      [organisation],
    ),
  );

describe.each(testEngines)("organisations and staff roles on $name", (engine) => {
  describe("what each persona sees", () => {
    let db: Database;
    let people: Personas;
    usePersonaDatabase(engine, (opened) => ({ db, people } = opened));

    it("an anonymous visitor sees the regions and organisations, as the public site needs", async () => {
      expect(await visibleIds(db, null, "public.regions")).toEqual(
        sorted([people.regions.utrecht, people.regions.gelderland]),
      );
      expect(await visibleIds(db, null, "public.organisations")).toEqual(
        sorted([people.organisations.a, people.organisations.b, people.organisations.c]),
      );
    });

    it.each(["public.memberships", "public.staff_invitations", "public.audit_log", "public.households"])(
      "an anonymous visitor cannot read %s at all",
      async (table) => {
        await expect(queryAs(db, null, `select * from ${table}`)).rejects.toMatchObject(
          insufficientPrivilege,
        );
      },
    );

    it("a signed-in person without a staff role sees no memberships, invitations or audit log", async () => {
      expect(await visibleIds(db, people.applicant, "public.memberships")).toEqual([]);
      expect(await visibleIds(db, people.applicant, "public.staff_invitations")).toEqual([]);
      expect(await visibleIds(db, people.applicant, "public.audit_log")).toEqual([]);
    });

    it("a recruiter sees only their own membership", async () => {
      expect(await visibleIds(db, people.recruiterA, "public.memberships")).toEqual([
        people.memberships.recruiterA,
      ]);
      expect(await visibleIds(db, people.recruiterB, "public.memberships")).toEqual([
        people.memberships.recruiterB,
      ]);
    });

    it("an admin sees every membership of their own organisation and none of another's", async () => {
      expect(await visibleIds(db, people.adminA, "public.memberships")).toEqual(
        sorted([
          people.memberships.adminA,
          people.memberships.recruiterA,
          people.memberships.placementWorkerA,
        ]),
      );
    });

    it("only an admin sees their organisation's pending invitations", async () => {
      expect(await visibleIds(db, people.adminA, "public.staff_invitations")).toEqual([people.invitations.a]);
      expect(await visibleIds(db, people.recruiterA, "public.staff_invitations")).toEqual([]);
      expect(await visibleIds(db, people.recruiterB, "public.staff_invitations")).toEqual([]);
    });

    it("an admin reads their own organisation's audit log", async () => {
      expect(await visibleIds(db, people.adminA, "public.audit_log")).toEqual(sorted(people.auditLog.a));
    });

    it("a recruiter cannot read the audit log, not even their own organisation's", async () => {
      expect(await visibleIds(db, people.recruiterA, "public.audit_log")).toEqual([]);
    });

    it("a recruiter of one organisation cannot see another organisation's audit log", async () => {
      expect(await visibleIds(db, people.recruiterB, "public.audit_log")).toEqual([]);
      expect(await visibleIds(db, people.placementWorkerB, "public.audit_log")).toEqual([]);
    });

    const everyone = (p: Personas): [string, Caller][] => [
      ["an anonymous visitor", null],
      ["a person without a role", p.applicant],
      ["a recruiter", p.recruiterA],
      ["an admin", p.adminA],
    ];

    it("nobody can give themselves a membership by writing the table directly", async () => {
      for (const [who, caller] of everyone(people)) {
        await expect(
          queryAs(
            db,
            caller,
            "insert into public.memberships (user_id, organisation_id, role) values ($1, $2, 'admin')",
            [caller?.id ?? people.applicant.id, people.organisations.a],
          ),
          who,
        ).rejects.toMatchObject(insufficientPrivilege);
      }
    });

    it("nobody can change or delete memberships directly, not even an admin", async () => {
      await expect(
        queryAs(db, people.adminA, "update public.memberships set role = 'admin' where id = $1", [
          people.memberships.recruiterA,
        ]),
      ).rejects.toMatchObject(insufficientPrivilege);
      await expect(
        queryAs(db, people.adminA, "delete from public.memberships where id = $1", [
          people.memberships.recruiterA,
        ]),
      ).rejects.toMatchObject(insufficientPrivilege);
    });

    it("nobody can write to the audit log directly", async () => {
      for (const [who, caller] of everyone(people)) {
        await expect(
          queryAs(
            db,
            caller,
            "insert into public.audit_log (organisation_id, action, subject_type) values ($1, 'forged', 'user')",
            [people.organisations.a],
          ),
          who,
        ).rejects.toMatchObject(insufficientPrivilege);
      }
    });

    it("an admin cannot alter or erase their organisation's audit log", async () => {
      await expect(
        queryAs(db, people.adminA, "update public.audit_log set action = 'nothing happened'"),
      ).rejects.toMatchObject(insufficientPrivilege);
      await expect(queryAs(db, people.adminA, "delete from public.audit_log")).rejects.toMatchObject(
        insufficientPrivilege,
      );
    });

    it("nobody can create invitations by writing the table directly", async () => {
      await expect(
        queryAs(
          db,
          people.adminA,
          "insert into public.staff_invitations (email, organisation_id, role) values ('x@voorbeeld.test', $1, 'admin')",
          [people.organisations.a],
        ),
      ).rejects.toMatchObject(insufficientPrivilege);
    });

    it("an anonymous visitor cannot call grant_staff_role", async () => {
      await expect(
        queryAs(db, null, "select app.grant_staff_role($1, 'iemand@voorbeeld.test', 'admin', $2)", [
          people.organisations.a,
          newSecretToken(),
        ]),
      ).rejects.toMatchObject(insufficientPrivilege);
    });

    it("an anonymous visitor cannot call revoke_staff_role or accept_staff_invitation", async () => {
      await expect(
        queryAs(db, null, "select app.revoke_staff_role($1)", [people.memberships.recruiterA]),
      ).rejects.toMatchObject(insufficientPrivilege);
      await expect(
        queryAs(db, null, "select app.accept_staff_invitation($1)", [newSecretToken()]),
      ).rejects.toMatchObject(insufficientPrivilege);
    });

    it("an admin sees their invitations but not the hash of the token in them", async () => {
      await expect(
        queryAs(db, people.adminA, "select token_hash from public.staff_invitations"),
      ).rejects.toMatchObject(insufficientPrivilege);
    });

    it("refuses a grant to a malformed email address", async () => {
      await expect(
        tryAs(db, people.adminA, (tx) =>
          tx.query("select app.grant_staff_role($1, 'geen-adres', 'recruiter', $2)", [
            people.organisations.a,
            newSecretToken(),
          ]),
        ),
      ).rejects.toMatchObject({ code: "22023" });
    });
  });

  describe("granting and revoking staff roles", () => {
    let db: Database;
    let dispose: () => Promise<void>;
    let people: Personas;

    // Each test changes roles, so each gets a database of its own.
    beforeEach(async () => {
      ({ db, dispose } = await engine.open());
      people = await createPersonas(db);
    });
    afterEach(() => dispose());

    const grant = (
      caller: Caller,
      organisation: string,
      email: string,
      role: string,
      token = newSecretToken(),
    ) =>
      queryAs<{ outcome: string }>(db, caller, "select app.grant_staff_role($1, $2, $3, $4) as outcome", [
        organisation,
        email,
        role,
        token,
      ]);
    const accept = async (caller: Caller, token: string) => {
      const [{ answer }] = await queryAs<{ answer: string }>(
        db,
        caller,
        "select app.accept_staff_invitation($1) as answer",
        [token],
      );
      return answer;
    };

    it("an admin grants a role to someone with an account, who then holds it", async () => {
      const [{ outcome }] = await grant(
        people.adminA,
        people.organisations.a,
        people.applicant.email,
        "recruiter",
      );

      expect(outcome).toBe("granted");
      expect(await membershipsOf(db, people.applicant.id)).toEqual([
        { organisation_id: people.organisations.a, role: "recruiter" },
      ]);
      const [membership] = await queryAs<{ organisation_id: string; granted_by: string }>(
        db,
        people.applicant,
        "select organisation_id, granted_by from public.memberships",
      );
      expect(membership).toEqual({ organisation_id: people.organisations.a, granted_by: people.adminA.id });
    });

    it("a newcomer is welcomed by mail, a colleague given another role hears what was added", async () => {
      const grantAsAdmin = (email: string, role: "recruiter" | "placement_worker") =>
        grantStaffRole(db, people.adminA.claims, {
          organisationId: people.organisations.a,
          email,
          role,
          siteUrl: "https://openhuis.test",
        });
      expect(await grantAsAdmin(people.applicant.email, "recruiter")).toBe("granted");
      expect(await grantAsAdmin(people.recruiterA.email, "placement_worker")).toBe("granted");

      const mails = await withService(db, (tx) =>
        tx.query<{ to_address: string; kind: string; subject: string; text: string }>(
          "select to_address, kind, subject, text from private.mail_outbox where kind like 'staff_role_%' order by created_at",
        ),
      );
      expect(mails.map(({ to_address, kind, subject }) => ({ to_address, kind, subject }))).toEqual([
        {
          to_address: people.applicant.email,
          kind: "staff_role_granted",
          subject: "Je hebt de rol werver bij Pleegzorg A",
        },
        {
          to_address: people.recruiterA.email,
          kind: "staff_role_added",
          subject: "Je hebt nu ook de rol plaatser bij Pleegzorg A",
        },
      ]);
      expect(mails[0].text).toContain("Welkom bij Openhuis, Pleegzorg A");
      expect(mails[1].text).toContain(
        "Naast je rol als werver heb je bij Pleegzorg A nu ook de rol plaatser.",
      );
      expect(mails[1].text).toContain("onder Plaatsing");
      expect(mails[1].text).not.toContain("Welkom");
    });

    it("an admin's grant is recorded in the audit log the admin can read", async () => {
      await grant(people.adminA, people.organisations.a, people.applicant.email, "placement_worker");

      const rows = await queryAs<AuditRow>(
        db,
        people.adminA,
        "select action, actor_id, organisation_id, subject_type, subject_id, details from public.audit_log where action = 'staff_role.granted' and subject_id = $1",
        [people.applicant.id],
      );
      expect(rows).toEqual([
        {
          action: "staff_role.granted",
          actor_id: people.adminA.id,
          organisation_id: people.organisations.a,
          subject_type: "user",
          subject_id: people.applicant.id,
          details: { role: "placement_worker", email: "aanmelder@voorbeeld.test" },
        },
      ]);
    });

    it("a grant to an email without an account becomes an invitation, stored in lower case", async () => {
      const [{ outcome }] = await grant(
        people.adminA,
        people.organisations.a,
        "  Nieuwe.Collega@Pleegzorg-A.test ",
        "placement_worker",
      );

      expect(outcome).toBe("invited");
      expect(await invitationsOf(db, people.organisations.a)).toContainEqual({
        email: "nieuwe.collega@pleegzorg-a.test",
        role: "placement_worker",
      });
      const audit = await auditLogOf(db, people.organisations.a);
      expect(audit.at(-1)).toMatchObject({
        action: "staff_role.granted",
        actor_id: people.adminA.id,
        subject_type: "invitation",
        subject_id: "nieuwe.collega@pleegzorg-a.test",
      });
    });

    it("granting a role someone already holds does not give it to them twice", async () => {
      await grant(people.adminA, people.organisations.a, people.recruiterA.email, "recruiter");

      expect(await membershipsOf(db, people.recruiterA.id)).toEqual([
        { organisation_id: people.organisations.a, role: "recruiter" },
      ]);
    });

    it("a recruiter cannot grant roles in their own organisation", async () => {
      await expect(
        grant(people.recruiterA, people.organisations.a, people.applicant.email, "admin"),
      ).rejects.toMatchObject(insufficientPrivilege);
      expect(await membershipsOf(db, people.applicant.id)).toEqual([]);
    });

    it("an admin of one organisation cannot grant roles in another", async () => {
      await expect(
        grant(people.adminA, people.organisations.b, people.applicant.email, "admin"),
      ).rejects.toMatchObject(insufficientPrivilege);
      expect(await membershipsOf(db, people.applicant.id)).toEqual([]);
      expect(await invitationsOf(db, people.organisations.b)).toHaveLength(1);
    });

    it("a person without a role cannot grant themselves one", async () => {
      await expect(
        grant(people.applicant, people.organisations.a, people.applicant.email, "admin"),
      ).rejects.toMatchObject(insufficientPrivilege);
      expect(await membershipsOf(db, people.applicant.id)).toEqual([]);
    });

    const revoke = (caller: Caller, membership: string) =>
      queryAs(db, caller, "select app.revoke_staff_role($1)", [membership]);

    it("an admin revokes a colleague's role, who then no longer holds it, and the log says so", async () => {
      await revoke(people.adminA, people.memberships.recruiterA);

      expect(await visibleIds(db, people.recruiterA, "public.memberships")).toEqual([]);
      const audit = await queryAs<AuditRow>(
        db,
        people.adminA,
        "select action, actor_id, organisation_id, subject_type, subject_id, details from public.audit_log where action = 'staff_role.revoked'",
      );
      expect(audit).toEqual([
        {
          action: "staff_role.revoked",
          actor_id: people.adminA.id,
          organisation_id: people.organisations.a,
          subject_type: "user",
          subject_id: people.recruiterA.id,
          details: { role: "recruiter", email: people.recruiterA.email },
        },
      ]);
    });

    it("a recruiter cannot revoke a colleague's role", async () => {
      await expect(revoke(people.recruiterA, people.memberships.placementWorkerA)).rejects.toMatchObject(
        insufficientPrivilege,
      );
      expect(await membershipsOf(db, people.placementWorkerA.id)).toHaveLength(1);
    });

    it("an admin of one organisation cannot revoke roles in another", async () => {
      await expect(revoke(people.adminA, people.memberships.recruiterB)).rejects.toMatchObject(
        insufficientPrivilege,
      );
      expect(await membershipsOf(db, people.recruiterB.id)).toHaveLength(1);
    });

    it("an admin cannot revoke their own admin role", async () => {
      await expect(revoke(people.adminA, people.memberships.adminA)).rejects.toMatchObject({ code: "22023" });
      expect(await membershipsOf(db, people.adminA.id)).toEqual([
        { organisation_id: people.organisations.a, role: "admin" },
      ]);
    });

    it("revoking a membership that does not exist is refused like one the caller may not touch", async () => {
      await expect(revoke(people.adminA, "00000000-0000-4000-8000-000000000000")).rejects.toMatchObject(
        insufficientPrivilege,
      );
    });

    it("signing in with an invited address grants nothing: no role from the address alone", async () => {
      await grant(people.adminA, people.organisations.a, "nieuwe.collega@pleegzorg-a.test", "recruiter");
      const newcomer = await createUser(db, "nieuwe.collega@pleegzorg-a.test");

      await completeSignIn(db, newcomer.claims);

      expect(await membershipsOf(db, newcomer.id)).toEqual([]);
      expect(await invitationsOf(db, people.organisations.a)).toContainEqual({
        email: "nieuwe.collega@pleegzorg-a.test",
        role: "recruiter",
      });
    });

    it("the invited person accepts with the mailed token: the role starts, the token is used up, the log says so", async () => {
      const token = newSecretToken();
      await grant(
        people.adminA,
        people.organisations.a,
        "Nieuwe.Collega@pleegzorg-a.test",
        "recruiter",
        token,
      );
      const newcomer = await createUser(db, "nieuwe.collega@pleegzorg-a.test");

      expect(await accept(newcomer, token)).toBe("accepted");

      expect(await membershipsOf(db, newcomer.id)).toEqual([
        { organisation_id: people.organisations.a, role: "recruiter" },
      ]);
      expect(await invitationsOf(db, people.organisations.a)).not.toContainEqual(
        expect.objectContaining({ email: "nieuwe.collega@pleegzorg-a.test" }),
      );
      expect((await auditLogOf(db, people.organisations.a)).at(-1)).toMatchObject({
        action: "staff_invitation.accepted",
        actor_id: newcomer.id,
        subject_id: newcomer.id,
        details: { role: "recruiter", email: "nieuwe.collega@pleegzorg-a.test" },
      });
      expect(await accept(newcomer, token)).toBe("invalid");
    });

    it("someone signed in with another address cannot take the invitation, which stays open", async () => {
      const token = newSecretToken();
      await grant(people.adminA, people.organisations.a, "nieuwe.collega@pleegzorg-a.test", "admin", token);

      expect(await accept(people.applicant, token)).toBe("other_address");

      expect(await membershipsOf(db, people.applicant.id)).toEqual([]);
      const newcomer = await createUser(db, "nieuwe.collega@pleegzorg-a.test");
      expect(await accept(newcomer, token)).toBe("accepted");
    });

    it("an unconfirmed sign-up with the invited address cannot accept, and a grant to it only invites", async () => {
      const [signUp] = await withService(db, (tx) =>
        tx.query<{ id: string }>(
          "insert into auth.users (email) values ('overnemer@pleegzorg-a.test') returning id",
        ),
      );
      const caller = {
        id: signUp.id,
        email: "overnemer@pleegzorg-a.test",
        claims: claimsFor(signUp.id, "overnemer@pleegzorg-a.test"),
      };
      const token = newSecretToken();

      const [{ outcome }] = await grant(people.adminA, people.organisations.a, caller.email, "admin", token);
      expect(outcome).toBe("invited");
      expect(await accept(caller, token)).toBe("other_address");
      expect(await membershipsOf(db, signUp.id)).toEqual([]);
    });

    it("an invitation expires after 7 days; granting again then sends a fresh one", async () => {
      const token = newSecretToken();
      await grant(people.adminA, people.organisations.a, "laat@pleegzorg-a.test", "recruiter", token);
      await withService(db, (tx) =>
        tx.query(
          "update public.staff_invitations set expires_at = now() - interval '1 minute' where email = 'laat@pleegzorg-a.test'",
        ),
      );
      const latecomer = await createUser(db, "laat@pleegzorg-a.test");
      expect(await accept(latecomer, token)).toBe("invalid");
      expect(await membershipsOf(db, latecomer.id)).toEqual([]);
    });

    it("a re-sent invitation has a new link, the old one stops working, and the log says so", async () => {
      const first = newSecretToken();
      await grant(people.adminA, people.organisations.a, "opnieuw@pleegzorg-a.test", "recruiter", first);
      const [{ id }] = await withService(db, (tx) =>
        tx.query<{ id: string }>(
          "select id from public.staff_invitations where email = 'opnieuw@pleegzorg-a.test'",
        ),
      );
      const second = newSecretToken();
      await expect(
        queryAs(db, people.recruiterA, "select * from app.resend_staff_invitation($1, $2)", [id, second]),
      ).rejects.toMatchObject(insufficientPrivilege);
      const [resent] = await queryAs(db, people.adminA, "select * from app.resend_staff_invitation($1, $2)", [
        id,
        second,
      ]);
      expect(resent).toMatchObject({ email: "opnieuw@pleegzorg-a.test", role: "recruiter" });
      expect((await auditLogOf(db, people.organisations.a)).at(-1)).toMatchObject({
        action: "staff_invitation.resent",
        actor_id: people.adminA.id,
      });

      const invitee = await createUser(db, "opnieuw@pleegzorg-a.test");
      expect(await accept(invitee, first)).toBe("invalid");
      expect(await accept(invitee, second)).toBe("accepted");
    });

    const withdraw = (caller: Caller, invitation: string) =>
      queryAs(db, caller, "select app.withdraw_staff_invitation($1)", [invitation]);

    it("an admin withdraws their organisation's invitation, and the log says so", async () => {
      await withdraw(people.adminA, people.invitations.a);

      expect(await invitationsOf(db, people.organisations.a)).toEqual([]);
      expect((await auditLogOf(db, people.organisations.a)).at(-1)).toMatchObject({
        action: "staff_invitation.withdrawn",
        actor_id: people.adminA.id,
        subject_id: "nieuwe.werver@pleegzorg-a.test",
      });
    });

    it("neither a recruiter nor another organisation's admin can withdraw an invitation", async () => {
      await expect(withdraw(people.recruiterA, people.invitations.a)).rejects.toMatchObject(
        insufficientPrivilege,
      );
      await expect(withdraw(people.adminA, people.invitations.b)).rejects.toMatchObject(
        insufficientPrivilege,
      );
      expect(await invitationsOf(db, people.organisations.a)).toHaveLength(1);
      expect(await invitationsOf(db, people.organisations.b)).toHaveLength(1);
    });
  });
});
