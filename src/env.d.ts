/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    claims: import("./server/sql/with-user").Claims | null;
    email: string | null;
    memberships: import("./domain/staff/roles").Membership[];
    /** Set for on-demand requests; shown on the error page and logged with server errors. */
    requestId?: string;
  }
}
