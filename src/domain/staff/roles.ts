import { proposalInboxPath } from "../placement/proposal-paths";
import { deletionQueuePath } from "../privacy/deletion-queue-path";
import { funnelPath } from "../recruitment/funnel-filters";

export const staffRoles = ["admin", "recruiter", "placement_worker"] as const;
export type StaffRole = (typeof staffRoles)[number];

export const staffRoleLabels: Record<StaffRole, string> = {
  admin: "beheerder",
  recruiter: "werver",
  placement_worker: "plaatser",
};

/** Each staff role has one workspace, and each workspace admits exactly one role. */
export const workspaces = [
  { path: "/werving", role: "recruiter", title: "Werving" },
  { path: "/plaatsing", role: "placement_worker", title: "Plaatsing" },
  { path: "/beheer", role: "admin", title: "Beheer" },
] as const satisfies readonly { path: string; role: StaffRole; title: string }[];

export type Workspace = (typeof workspaces)[number];

const isUnder = (pathname: string, path: string) => pathname === path || pathname.startsWith(`${path}/`);

export function workspaceForPath(pathname: string): Workspace | undefined {
  return workspaces.find(({ path }) => isUnder(pathname, path));
}

/** Parts of a workspace that another role works in too: admins plan information evenings as well. */
const sharedSections: readonly { path: string; roles: readonly StaffRole[] }[] = [
  { path: "/werving/informatiebijeenkomsten", roles: ["recruiter", "admin"] },
  { path: deletionQueuePath, roles: ["recruiter", "admin"] },
  // Recruiters answer proposals for their organisation's households too.
  { path: proposalInboxPath, roles: ["placement_worker", "recruiter"] },
  // An admin reads the funnel of every organisation in their region.
  { path: funnelPath, roles: ["recruiter", "admin"] },
];

/** The roles admitted at a path, or undefined for pages outside the workspaces. */
export function rolesForPath(pathname: string): readonly StaffRole[] | undefined {
  const shared = sharedSections.find(({ path }) => isUnder(pathname, path));
  if (shared) return shared.roles;
  const workspace = workspaceForPath(pathname);
  return workspace ? [workspace.role] : undefined;
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

/** Where someone lands after signing in: their first workspace, or their own page as an applicant. */
export function landingPath(memberships: readonly Membership[]): string {
  return workspaces.find(({ role }) => hasRole(memberships, role))?.path ?? "/mijn";
}
