import type { GeocodeResult, Geocoder } from "../geocode/port";
import type { Database } from "../sql/engine";
import { withService } from "../sql/with-user";

const maxAttempts = 10;

export type LocateOutcome = "found" | "not_found" | "failed";

/**
 * Geocodes an application's address and routes it to the organisation for its postcode area (or the
 * nearest one by postcode). Runs after the applicant's own save, as the service: a geocoder that is
 * down only leaves the location pending for the retry job, it never blocks the application.
 */
export async function locateApplication(
  db: Database,
  geocoder: Geocoder,
  applicationId: string,
): Promise<LocateOutcome | undefined> {
  const [address] = await withService(db, (tx) =>
    tx.query<{ postcode: string | null; house_number: string | null }>(
      "select postcode, house_number from public.applications where id = $1",
      [applicationId],
    ),
  );
  if (!address?.postcode || !address.house_number) return undefined;

  let located: GeocodeResult | null = null;
  let status: LocateOutcome;
  try {
    located = await geocoder.geocode({ postcode: address.postcode, houseNumber: address.house_number });
    status = located ? "found" : "not_found";
  } catch {
    status = "failed";
  }

  await withService(db, async (tx) => {
    const [route] = await tx.query<{ id: string; region_id: string }>(
      `select o.id, o.region_id from public.organisations o, unnest(o.postcode_areas) as area
       order by (area = $1) desc, abs(area::int - $1::int), o.name limit 1`,
      [address.postcode?.slice(0, 4)],
    );
    await tx.query(
      `update public.applications set
         geocode_status = $2, geocode_attempts = geocode_attempts + 1,
         lat = $3, lng = $4, approx_lat = $5, approx_lng = $6, municipality = coalesce($7, municipality),
         organisation_id = coalesce($8, organisation_id), region_id = coalesce($9, region_id)
       where id = $1`,
      [
        applicationId,
        status,
        located?.lat ?? null,
        located?.lng ?? null,
        located?.approxLat ?? null,
        located?.approxLng ?? null,
        located?.municipality ?? null,
        route?.id ?? null,
        route?.region_id ?? null,
      ],
    );
  });
  return status;
}

/** The retry job: locations that failed (geocoder down) or never ran, oldest first. */
export async function retryPendingLocations(
  db: Database,
  geocoder: Geocoder,
  batchSize = 20,
): Promise<number> {
  const pending = await withService(db, (tx) =>
    tx.query<{ id: string }>(
      `select id from public.applications
       where geocode_status in ('pending', 'failed') and postcode is not null and house_number is not null
         and geocode_attempts < $1 and updated_at < now() - interval '1 minute'
       order by updated_at limit $2`,
      [maxAttempts, batchSize],
    ),
  );
  for (const { id } of pending) await locateApplication(db, geocoder, id);
  return pending.length;
}
