import type { Database } from "../sql/engine";
import { withUser } from "../sql/with-user";

export interface PublicOrganisation {
  name: string;
  phone: string | null;
  email: string | null;
  website: string | null;
}

/** Who is behind the site, for the header and footer: its region (when it serves one) and organisations. */
export interface SiteIdentity {
  /** The slug picks the region's theme (src/domain/theme/region-themes.ts). */
  region: { slug: string; name: string } | null;
  organisations: PublicOrganisation[];
}

const freshFor = 60_000;
let cached: { at: number; identity: Promise<SiteIdentity> } | undefined;

/** Read as an anonymous visitor; kept a minute, since every page shows it and it hardly ever changes. */
export function getSiteIdentity(db: Database, now = Date.now()): Promise<SiteIdentity> {
  if (!cached || now - cached.at > freshFor) {
    const identity = readSiteIdentity(db);
    cached = { at: now, identity };
    identity.catch(() => {
      if (cached?.identity === identity) cached = undefined;
    });
  }
  return cached.identity;
}

async function readSiteIdentity(db: Database): Promise<SiteIdentity> {
  const rows = await withUser(db, null, (tx) =>
    tx.query<{
      region_slug: string;
      region_name: string;
      name: string;
      public_phone: string | null;
      public_email: string | null;
      website: string | null;
    }>(
      `select r.slug as region_slug, r.name as region_name, o.name, o.public_phone, o.public_email, o.website
       from public.organisations o join public.regions r on r.id = o.region_id
       order by o.name`,
    ),
  );
  const regions = new Map(rows.map((row) => [row.region_slug, row.region_name]));
  const [onlyRegion] = regions.size === 1 ? [...regions] : [];
  return {
    region: onlyRegion ? { slug: onlyRegion[0], name: onlyRegion[1] } : null,
    organisations: rows.map((row) => ({
      name: row.name,
      phone: row.public_phone,
      email: row.public_email,
      website: row.website,
    })),
  };
}
