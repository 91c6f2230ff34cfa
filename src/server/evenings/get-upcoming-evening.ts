import type { InformationEvening } from "../../domain/evenings/evening";
import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";
import { type EveningRow, eveningColumns, eveningJoins, toInformationEvening } from "./evening-row";

/** One evening that is still open for registration, as anyone may see it. */
export async function getUpcomingEvening(
  db: Database,
  claims: Claims | null,
  eveningId: string,
): Promise<InformationEvening | undefined> {
  const [row] = await withUser(db, claims, (tx) =>
    tx.query<EveningRow>(
      `select ${eveningColumns} from ${eveningJoins}
       where e.id = $1 and e.status = 'scheduled' and e.starts_at > now()`,
      [eveningId],
    ),
  );
  return row ? toInformationEvening(row) : undefined;
}
