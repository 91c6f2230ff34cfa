// An evening filling up: everyone posts the registration form at once for the last seats.
import { performance } from "node:perf_hooks";
import type { Database } from "../../src/server/sql/engine";
import { Browser } from "./browser";
import { nextVisitorAddress } from "./intake";
import { quantile, timed } from "./stats";

export async function createBenchEvening(db: Database, seats: number): Promise<string> {
  const [evening] = await db.query<{ id: string }>(
    `insert into public.information_evenings
       (organisation_id, region_id, title, starts_at, ends_at, location_name, location_city, capacity)
     select id, region_id, 'Benchmark-avond', now() + interval '14 days', now() + interval '14 days 2 hours',
            'Buurthuis', 'Utrecht', $1
     from public.organisations order by name limit 1
     returning id`,
    [seats],
  );
  return evening.id;
}

export interface EveningRun {
  people: number;
  seats: number;
  answeredRegistered: number;
  answeredWaiting: number;
  errors: string[];
  seconds: number;
  p50: number;
  p99: number;
}

export async function fillEvening(
  base: string,
  eveningId: string,
  people: number,
  seats: number,
): Promise<EveningRun> {
  const prefix = `evening-${Date.now()}-`;
  const samples: number[] = [];
  const errors: string[] = [];
  let answeredRegistered = 0;
  let answeredWaiting = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: people }, async (_, index) => {
      const browser = new Browser(base, nextVisitorAddress());
      try {
        const { ms, value } = await timed(() =>
          browser.post(`/informatiebijeenkomsten/${eveningId}?_action=evenings.register`, [
            ["eveningId", eveningId],
            ["firstName", "Sanne"],
            ["email", `${prefix}${index}@example.nl`],
            ["phone", ""],
            ["interest", "foster"],
            ["website", ""],
          ]),
        );
        samples.push(ms);
        if (value.body.includes("Je bent aangemeld")) answeredRegistered++;
        else if (value.body.includes("Je staat op de wachtlijst")) answeredWaiting++;
        else errors.push("answer was neither registered nor waiting list");
      } catch (error) {
        errors.push(error instanceof Error ? error.message : String(error));
      }
    }),
  );
  return {
    people,
    seats,
    answeredRegistered,
    answeredWaiting,
    errors,
    seconds: (performance.now() - start) / 1000,
    p50: quantile(samples, 0.5),
    p99: quantile(samples, 0.99),
  };
}

export async function storedRegistrations(db: Database, eveningId: string) {
  const rows = await db.query<{ status: string; count: number }>(
    "select status::text, count(*)::int as count from public.evening_registrations where evening_id = $1 group by status",
    [eveningId],
  );
  const of = (status: string) => rows.find((row) => row.status === status)?.count ?? 0;
  const [evening] = await db.query<{ places_taken: number }>(
    "select places_taken from public.information_evenings where id = $1",
    [eveningId],
  );
  return { registered: of("registered"), waiting: of("waitlisted"), placesTaken: evening.places_taken };
}
