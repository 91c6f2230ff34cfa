import type { StaffRole } from "../../domain/staff/roles";
import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";

export interface StaffMember {
  membershipId: string;
  userId: string;
  email: string;
  role: StaffRole;
  grantedAt: Date;
}

export interface Invitation {
  id: string;
  email: string;
  role: StaffRole;
  createdAt: Date;
  expiresAt: Date;
}

export interface AuditEntry {
  at: Date;
  actorEmail: string | null;
  action: string;
  subject: string | null;
  role: StaffRole | null;
}

export interface OrganisationStaff {
  members: StaffMember[];
  invitations: Invitation[];
  recentAudit: AuditEntry[];
}

/** Everything the admin's staff screen shows for one organisation, read as the admin (RLS decides). */
export async function getOrganisationStaff(
  db: Database,
  claims: Claims,
  organisationId: string,
): Promise<OrganisationStaff> {
  return withUser(db, claims, async (tx) => {
    const members = await tx.query<{
      membership_id: string;
      user_id: string;
      email: string;
      role: StaffRole;
      granted_at: Date;
    }>("select * from app.organisation_staff($1)", [organisationId]);
    const invitations = await tx.query<{
      id: string;
      email: string;
      role: StaffRole;
      created_at: Date;
      expires_at: Date;
    }>(
      `select id, email, role, created_at, expires_at from public.staff_invitations
       where organisation_id = $1 order by created_at desc`,
      [organisationId],
    );
    const emails = new Map(members.map((member) => [member.user_id, member.email]));
    const audit = await tx.query<{
      at: Date;
      actor_id: string | null;
      action: string;
      subject_id: string | null;
      details: { role?: StaffRole; email?: string; slug?: string };
    }>(
      `select at, actor_id, action, subject_id, details from public.audit_log
       where organisation_id = $1 and action <> 'staff.read' order by at desc, id desc limit 25`,
      [organisationId],
    );
    return {
      members: members.map((row) => ({
        membershipId: row.membership_id,
        userId: row.user_id,
        email: row.email,
        role: row.role,
        grantedAt: new Date(row.granted_at),
      })),
      invitations: invitations.map((row) => ({
        id: row.id,
        email: row.email,
        role: row.role,
        createdAt: new Date(row.created_at),
        expiresAt: new Date(row.expires_at),
      })),
      recentAudit: audit.map((row) => ({
        at: new Date(row.at),
        actorEmail: row.actor_id ? (emails.get(row.actor_id) ?? null) : null,
        action: row.action,
        subject:
          row.details.email ??
          row.details.slug ??
          (row.subject_id ? (emails.get(row.subject_id) ?? row.subject_id) : null),
        role: row.details.role ?? null,
      })),
    };
  });
}
