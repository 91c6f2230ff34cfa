import type { GuideOrganisation } from "../../domain/care-guide/care-guide";
import type { MapPlace } from "../../domain/care-guide/guide-map";
import { municipalityCentre } from "../geocode/gazetteer";

/**
 * The municipalities the organisations work in, at their approximate centre from the offline
 * gazetteer, with the organisations working in each. Municipalities the gazetteer does not know are
 * left off the map; the list still names them.
 */
export function guideMapPlaces(organisations: readonly GuideOrganisation[]): MapPlace[] {
  const places = new Map<string, MapPlace & { organisations: number[] }>();
  organisations.forEach((organisation, index) => {
    for (const name of organisation.municipalities) {
      const known = places.get(name);
      if (known) {
        known.organisations.push(index);
        continue;
      }
      const centre = municipalityCentre(name);
      if (centre) places.set(name, { name, ...centre, organisations: [index] });
    }
  });
  return [...places.values()];
}
