import { findPostcodeArea } from "./gazetteer";

export interface ApproximatePoint {
  approxLat: number;
  approxLng: number;
}

// About 1.1 km north–south and 1.0 km east–west at Dutch latitudes.
const latStep = 0.01;
const lngStep = 0.015;

/**
 * The point that may be shown instead of an exact address: the postcode-4 centroid when the
 * gazetteer knows the area, else the centre of the ~1 km grid cell the address lies in.
 */
export function approximatePoint(postcode4: string, lat: number, lng: number): ApproximatePoint {
  const area = findPostcodeArea(postcode4);
  if (area) return { approxLat: area.lat, approxLng: area.lng };
  return { approxLat: cellCentre(lat, latStep), approxLng: cellCentre(lng, lngStep) };
}

function cellCentre(value: number, step: number): number {
  return Number(((Math.floor(value / step) + 0.5) * step).toFixed(6));
}
