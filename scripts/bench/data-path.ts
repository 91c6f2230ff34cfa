// The data path without HTTP: opening, seeding, and queries through RLS, on one engine.
import { seedDemoData } from "../../src/server/seed/seed-demo";
import type { Database } from "../../src/server/sql/engine";
import { migrate } from "../../src/server/sql/migrate";
import { type Claims, withUser } from "../../src/server/sql/with-user";
import { quantile, timed } from "./stats";

export interface DataPathRow {
  what: string;
  engine: string;
  runs: number;
  p50: number;
  p95: number;
}

async function claimsOf(db: Database, email: string): Promise<Claims> {
  const [user] = await db.query<{ id: string }>("select id from auth.users where email = $1", [email]);
  return { sub: user.id, email, role: "authenticated", aud: "authenticated" };
}

export async function benchDataPath(
  engine: string,
  open: () => Promise<Database>,
  runs: number,
): Promise<DataPathRow[]> {
  const rows: DataPathRow[] = [];
  const time = async (what: string, times: number, work: () => Promise<unknown>) => {
    const samples: number[] = [];
    for (let run = 0; run < times; run++) samples.push((await timed(work)).ms);
    rows.push({ what, engine, runs: times, p50: quantile(samples, 0.5), p95: quantile(samples, 0.95) });
  };
  let db: Database | undefined;
  await time("open and migrate an empty database", 1, async () => {
    db = await open();
    await migrate(db);
  });
  if (!db) return rows;
  const ready = db;
  try {
    await time("seed demo data (300 households, 40 needs)", 1, () => seedDemoData(ready));
    const placementWorker = await claimsOf(ready, "plaatser@openhuis.test");
    const recruiter = await claimsOf(ready, "werver@openhuis.test");
    await time("withUser round trip (select 1 as a user)", runs * 3, () =>
      withUser(ready, placementWorker, (tx) => tx.query("select 1")),
    );
    await time("region's free capacity through RLS (placement worker)", runs, () =>
      withUser(ready, placementWorker, (tx) =>
        tx.query(
          "select kind, count(*), sum(places_free) from public.households where status = 'active' group by kind",
        ),
      ),
    );
    await time("recruiter's stalest capacity (sort over own organisation)", runs, () =>
      withUser(ready, recruiter, (tx) =>
        tx.query(
          "select id from public.households where status = 'active' order by capacity_updated_at limit 15",
        ),
      ),
    );
  } finally {
    await ready.close();
  }
  return rows;
}
