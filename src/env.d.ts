/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    claims: import("./server/sql/with-user").Claims | null;
    email: string | null;
    memberships: import("./domain/staff/roles").Membership[];
  }
}
