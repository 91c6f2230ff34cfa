import { proposalInboxPath } from "../placement/proposal-paths";

export const staffRoles = ["admin", "recruiter", "placement_worker"] as const;
export type StaffRole = (typeof staffRoles)[number];

export const staffRoleLabels: Record<StaffRole, string> = {
  admin: "beheerder",
  recruiter: "werver",
  placement_worker: "plaatser",
};

/**
 * Each staff role lands in one workspace. Admins also enter the recruiter and placement workspaces
 * of their organisation, to see what they manage; what they may change there the database decides,
 * and the pages offer only that.
 */
export const workspaces = [
  { path: "/werving", role: "recruiter", alsoFor: ["admin"], title: "Werving" },
  { path: "/plaatsing", role: "placement_worker", alsoFor: ["admin"], title: "Plaatsing" },
  { path: "/beheer", role: "admin", alsoFor: [], title: "Beheer" },
] as const satisfies readonly {
  path: string;
  role: StaffRole;
  alsoFor: readonly StaffRole[];
  title: string;
}[];

export type Workspace = (typeof workspaces)[number];

const isUnder = (pathname: string, path: string) => pathname === path || pathname.startsWith(`${path}/`);

export function workspaceForPath(pathname: string): Workspace | undefined {
  return workspaces.find(({ path }) => isUnder(pathname, path));
}

/** Parts of a workspace with roles of their own. */
const sections: readonly { path: string; roles: readonly StaffRole[] }[] = [
  // Recruiters answer proposals for their organisation's households too; admins stay out of cases.
  { path: proposalInboxPath, roles: ["placement_worker", "recruiter"] },
  // A child's placement need is placement workers' casework.
  { path: "/plaatsing/vragen", roles: ["placement_worker"] },
  // Campaign drafts are recruiters' work (RLS shows them to recruiters only); published ones are public.
  { path: "/werving/campagnes", roles: ["recruiter"] },
];

/** The roles admitted at a path, or undefined for pages outside the workspaces. */
export function rolesForPath(pathname: string): readonly StaffRole[] | undefined {
  const section = sections.find(({ path }) => isUnder(pathname, path));
  if (section) return section.roles;
  const workspace = workspaceForPath(pathname);
  return workspace ? [workspace.role, ...workspace.alsoFor] : undefined;
}

export interface Membership {
  id: string;
  organisationId: string;
  organisationName: string;
  role: StaffRole;
}

export function hasRole(memberships: readonly Membership[], role: StaffRole): boolean {
  return memberships.some((membership) => membership.role === role);
}

/** The organisations in which these memberships hold one of `roles`, each once, in membership order. */
export function organisationsWith(
  memberships: readonly Membership[],
  roles: readonly StaffRole[],
): Membership[] {
  const holding = memberships.filter((membership) => roles.includes(membership.role));
  return holding.filter(
    (membership, index) =>
      holding.findIndex((other) => other.organisationId === membership.organisationId) === index,
  );
}

/** Whether these memberships open the page at `pathname` (pages outside the workspaces: yes). */
export function mayOpen(memberships: readonly Membership[], pathname: string): boolean {
  const admitted = rolesForPath(pathname);
  return !admitted || admitted.some((role) => hasRole(memberships, role));
}

/** The workspaces these memberships enter, in menu order. */
export function workspacesOf(memberships: readonly Membership[]): Workspace[] {
  return workspaces.filter(({ path }) => mayOpen(memberships, path));
}

/** Where someone lands after signing in: their own role's workspace, or their own page as an applicant. */
export function landingPath(memberships: readonly Membership[]): string {
  return workspaces.find(({ role }) => hasRole(memberships, role))?.path ?? "/mijn";
}
