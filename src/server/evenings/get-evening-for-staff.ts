import type { InformationEvening } from "../../domain/evenings/evening";
import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";
import { type EveningRow, eveningColumns, eveningJoins, toInformationEvening } from "./evening-row";
import { managedByCaller } from "./staff-scope";

export interface StaffEvening {
  evening: InformationEvening;
  joinUrl: string | null;
}

/** One of the caller's organisation's evenings, with the join link only its staff may read. */
export async function getEveningForStaff(
  db: Database,
  claims: Claims,
  eveningId: string,
): Promise<StaffEvening | undefined> {
  return withUser(db, claims, async (tx) => {
    const [row] = await tx.query<EveningRow>(
      `select ${eveningColumns} from ${eveningJoins} where e.id = $1 and ${managedByCaller}`,
      [eveningId],
    );
    if (!row) return undefined;
    const [{ join_url }] = await tx.query<{ join_url: string | null }>(
      "select app.information_evening_join_url($1) as join_url",
      [eveningId],
    );
    return { evening: toInformationEvening(row), joinUrl: join_url };
  });
}
