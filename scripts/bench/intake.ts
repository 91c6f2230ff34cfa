// Complete applications through the built server as browsers post them, and the same rows written
// straight into the same database: the ceiling the app can approach.
import { performance } from "node:perf_hooks";
import type { Database } from "../../src/server/sql/engine";
import { BenchError, Browser, hiddenFields } from "./browser";
import { pool, timed } from "./stats";

export const stepNames = [
  "1 about you",
  "sign-in code",
  "2 household",
  "3 interest",
  "4 address",
  "5 availability",
  "6 send",
] as const;

export interface IntakeRun {
  concurrency: number;
  applications: number;
  completed: number;
  errors: string[];
  seconds: number;
  stepPosts: number;
  /** Per step, the POST until the page it leads to has arrived (what the applicant waits for). */
  stepSamples: Record<string, number[]>;
  emailPrefix: string;
  /** CPU seconds used during the run by the server process and by this benchmark's simulated browsers. */
  serverCpuSeconds: number;
  clientCpuSeconds: number;
}

const postcodes = ["3511AB", "3701AA", "3811CD", "3581KL", "3431EJ"];

export async function codeFromOutbox(browser: Browser, email: string): Promise<string> {
  const { body } = await browser.get(`/dev/outbox?aan=${encodeURIComponent(email)}`);
  const match = /Je inlogcode voor Openhuis is (\d{6})/.exec(body);
  if (!match) throw new BenchError("no sign-in code in the outbox");
  return match[1];
}

export async function completeApplication(
  browser: Browser,
  email: string,
  record: (step: string, ms: number) => void,
): Promise<number> {
  let posts = 0;
  const step = async (name: string, path: string, fields: [string, string][]) => {
    const { ms, value } = await timed(() => browser.post(path, fields));
    posts++;
    record(name, ms);
    return value;
  };
  await browser.get("/aanmelden/over-jou");
  const codePage = await step(stepNames[0], "/aanmelden/over-jou?_action=application.aboutYou", [
    ["firstName", "Lotte"],
    ["lastName", "Jansen"],
    ["email", email],
    ["phone", "06 12345678"],
    ["dateOfBirth", "02-05-1979"],
    ["website", ""],
  ]);
  if (!codePage.url.includes("/inloggen/code")) throw new BenchError(`step 1 led to ${codePage.url}`);
  const code = await codeFromOutbox(browser, email);
  const verify = "?_action=signIn.verifyCode";
  const household = await step(stepNames[1], `/inloggen/code?verder=aanmelding&_action=signIn.verifyCode`, [
    ...hiddenFields(codePage.body, verify),
    ["code", code],
  ]);
  if (!household.url.endsWith("/aanmelden/huishouden"))
    throw new BenchError(`sign-in led to ${household.url}`);
  await step(stepNames[2], "/aanmelden/huishouden?_action=application.household", [
    ["relation", "partner"],
    ["birthYear", "1980"],
    ["relation", "child"],
    ["birthYear", "2014"],
  ]);
  await step(stepNames[3], "/aanmelden/interesse?_action=application.interest", [
    ["parentTypes", "foster"],
    ["careForms", "long_term"],
  ]);
  await step(stepNames[4], "/aanmelden/adres?_action=application.address", [
    ["postcode", postcodes[email.length % postcodes.length]],
    ["houseNumber", "3"],
  ]);
  await step(stepNames[5], "/aanmelden/beschikbaarheid?_action=application.availability", [
    ["availability", "Fulltime, vanaf volgend jaar."],
    ["heardVia", "Anders"],
  ]);
  const done = await step(stepNames[6], "/aanmelden/versturen?_action=application.submit", [
    ["privacyConsent", "ja"],
  ]);
  if (!done.url.endsWith("/aanmelden/verstuurd")) throw new BenchError(`sending led to ${done.url}`);
  return posts;
}

let addressCounter = 0;
/** A distinct visitor address per simulated person (10.x.y.z). */
export function nextVisitorAddress(): string {
  addressCounter++;
  return `10.${(addressCounter >> 16) & 255}.${(addressCounter >> 8) & 255}.${addressCounter & 255}`;
}

export async function runIntake(
  base: string,
  concurrency: number,
  applications: number,
  serverCpuSeconds: () => number,
): Promise<IntakeRun> {
  const emailPrefix = `bench-${concurrency}-${Date.now()}-`;
  const stepSamples: Record<string, number[]> = Object.fromEntries(stepNames.map((name) => [name, []]));
  const errors: string[] = [];
  let completed = 0;
  let stepPosts = 0;
  const serverCpuBefore = serverCpuSeconds();
  const clientCpuBefore = process.cpuUsage();
  const start = performance.now();
  await pool(applications, concurrency, async (index) => {
    try {
      const posts = await completeApplication(
        new Browser(base, nextVisitorAddress()),
        `${emailPrefix}${index}@example.nl`,
        (step, ms) => stepSamples[step].push(ms),
      );
      stepPosts += posts;
      completed++;
    } catch (error) {
      errors.push(error instanceof Error ? error.message : String(error));
    }
  });
  const seconds = (performance.now() - start) / 1000;
  const clientCpu = process.cpuUsage(clientCpuBefore);
  return {
    concurrency,
    applications,
    completed,
    errors,
    seconds,
    serverCpuSeconds: serverCpuSeconds() - serverCpuBefore,
    clientCpuSeconds: (clientCpu.user + clientCpu.system) / 1e6,
    stepPosts,
    stepSamples,
    emailPrefix,
  };
}

export async function storedApplications(db: Database, emailPrefix: string): Promise<number> {
  const [row] = await db.query<{ count: number }>(
    "select count(*)::int as count from public.applications where email like $1 and submitted_at is not null",
    [`${emailPrefix}%`],
  );
  return row.count;
}

export interface CeilingRun {
  concurrency: number;
  applications: number;
  writes: number;
  seconds: number;
}

/**
 * The same application rows written straight into the same database, as the table owner, with one
 * transaction per step as the app uses: no HTTP, no sessions, no RLS, no mail.
 */
export async function runCeiling(
  db: Database,
  templatePrefix: string,
  concurrency: number,
  applications: number,
): Promise<CeilingRun> {
  const [template] = await db.query<{ id: string }>(
    "select id from public.applications where email like $1 and submitted_at is not null limit 1",
    [`${templatePrefix}%`],
  );
  if (!template) throw new Error("no completed application to copy");
  const prefix = `ceiling-${concurrency}-${Date.now()}-`;
  const copy = (columns: string) =>
    `update public.applications a set ${columns
      .split(", ")
      .map((column) => `${column} = t.${column}`)
      .join(", ")}, steps_completed = a.steps_completed || array['step']
     from public.applications t where a.id = $1 and t.id = $2`;
  const steps = [
    copy("user_id"),
    copy("household_members"),
    copy("parent_types, care_forms"),
    copy(
      "postcode, house_number, municipality, organisation_id, region_id, lat, lng, approx_lat, approx_lng, geocode_status",
    ),
    copy("availability, heard_via"),
    copy("status, stage, privacy_version, privacy_consented_at, submitted_at"),
  ];
  let writes = 0;
  const start = performance.now();
  await pool(applications, concurrency, async (index) => {
    const [row] = await db.query<{ id: string }>(
      `insert into public.applications (email, first_name, last_name, phone, date_of_birth)
       select $1, first_name, last_name, phone, date_of_birth from public.applications where id = $2
       returning id`,
      [`${prefix}${index}@example.nl`, template.id],
    );
    writes++;
    for (const sql of steps) {
      await db.query(sql, [row.id, template.id]);
      writes++;
    }
  });
  const seconds = (performance.now() - start) / 1000;
  await db.query("delete from public.applications where email like $1", [`${prefix}%`]);
  return { concurrency, applications, writes, seconds };
}
