import type { NeedLocation } from "../../domain/placement/need-location";

export interface Address {
  postcode: string;
  houseNumber: string;
}

export interface GeocodeResult {
  lat: number;
  lng: number;
  municipality: string;
  postcode4: string;
  /** The point that may ever be shown on a map or to another organisation: the postcode-4 centroid. */
  approxLat: number;
  approxLng: number;
  source: "gazetteer" | "pdok";
}

/** The point of a postcode-4 area or a place: never more precise than the area. */
export interface AreaResult {
  lat: number;
  lng: number;
  /** The area's four digits, when the location was one area. */
  postcode4: string | null;
}

/** Turns an address, or an area, into coordinates; null when it is unknown. */
export interface Geocoder {
  geocode(address: Address): Promise<GeocodeResult | null>;
  locateArea(location: NeedLocation): Promise<AreaResult | null>;
}
