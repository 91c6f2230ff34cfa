import { randomBytes } from "node:crypto";
import type { AboutYou } from "../../src/domain/applications/schemas";
import type { Applicant } from "../../src/server/applications/applicant";
import { saveApplicationStep } from "../../src/server/applications/save-application-step";
import type { Database } from "../../src/server/sql/engine";

/** A browser with a fresh draft token and nobody signed in. */
export const visitor = (): Applicant => ({ claims: null, draftToken: randomBytes(32).toString("base64url") });
/** A network address's hash, fresh per start so the database's rate limit stays out of the way. */
export const visitorKey = () => randomBytes(16).toString("hex");
export const noSource = { source: undefined, utm: {} };
export const myApplicationUrl = "http://localhost/mijn";

export const aboutYou = (
  email: string,
  { firstName = "Sanne", born = "1984-06-01" }: { firstName?: string; born?: string } = {},
): AboutYou => ({
  firstName,
  lastName: "de Vries",
  email,
  phone: "0612345678",
  dateOfBirth: new Date(`${born}T00:00:00Z`),
});

/** Fills in steps 2–5 the way the form does, with an address in Pleegzorg A's area (3512). */
export async function completeDraft(db: Database, applicant: Applicant): Promise<string> {
  await saveApplicationStep(db, applicant, {
    key: "household",
    members: [{ relation: "child", birthYear: 2011 }],
  });
  await saveApplicationStep(db, applicant, {
    key: "interest",
    interest: { parentTypes: ["foster"], careForms: ["long_term"] },
  });
  await saveApplicationStep(db, applicant, { key: "address", postcode: "3512JK", houseNumber: "12" });
  const { applicationId } = await saveApplicationStep(db, applicant, {
    key: "availability",
    availability: { availability: "Vanaf maart", heardVia: "Social media" },
  });
  return applicationId;
}
