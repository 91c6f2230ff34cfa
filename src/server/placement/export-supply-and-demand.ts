import { supplyAndDemandCsv } from "../../domain/placement/regional-overview";
import type { Database } from "../sql/engine";
import { type Claims, withUser } from "../sql/with-user";
import { readRegionalOverview } from "./get-regional-overview";

/**
 * The overview's main table as CSV, for the caller's region; the download is recorded in the audit
 * log of the caller's organisation there (report and row count, no figures). Undefined when there is
 * nothing to export, so the page can say so instead of handing out an empty file.
 */
export async function exportSupplyAndDemand(
  db: Database,
  claims: Claims,
  regionId: string | null,
): Promise<{ csv: string; regionName: string } | undefined> {
  return withUser(db, claims, async (tx) => {
    const overview = await readRegionalOverview(tx, regionId);
    if (!overview || overview.supplyAndDemand.length === 0) return undefined;
    const rows = overview.supplyAndDemand;
    await tx.query(
      `select app.log_report_export(o.id, 'placement.supply_and_demand', $2)
       from public.organisations o
       where o.region_id = $1
         and o.id in (select private.my_organisations('placement_worker') union select private.my_organisations('admin'))
       order by o.name limit 1`,
      [overview.region.id, rows.length],
    );
    return { csv: supplyAndDemandCsv(rows), regionName: overview.region.name };
  });
}
