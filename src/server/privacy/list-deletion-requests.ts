import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";
import { logStaffReads } from "./log-staff-read";

export interface DeletionRequest {
  id: string;
  requestedAt: Date;
  /** Null while no organisation owns the application: then it is the region's (or everyone's) request. */
  organisationId: string | null;
  regionName: string | null;
  name: string;
  email: string | null;
}

interface Row {
  request_id: string;
  requested_at: Date;
  organisation_id: string | null;
  region_name: string | null;
  first_name: string | null;
  last_name: string | null;
  email: string | null;
}

/** The open deletion requests the caller handles, oldest first. */
export async function listDeletionRequests(db: Database, claims: Claims): Promise<DeletionRequest[]> {
  const rows = await withUser(db, claims, async (tx) => {
    const open = await tx.query<Row>("select * from app.deletion_requests_for_me()");
    const owned = Map.groupBy(
      open.filter((row) => row.organisation_id !== null),
      (row) => row.organisation_id as string,
    );
    await logStaffReads(
      tx,
      [...owned].map(([organisationId, requests]) => ({
        organisationId,
        subjectType: "deletion_request",
        subjectIds: requests.map((request) => request.request_id),
        purpose: "deletion_request.queue",
      })),
    );
    return open;
  });
  return rows.map((row) => ({
    id: row.request_id,
    requestedAt: new Date(row.requested_at),
    organisationId: row.organisation_id,
    regionName: row.region_name,
    name: [row.first_name, row.last_name].filter(Boolean).join(" ") || "(geen naam bekend)",
    email: row.email,
  }));
}
