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

/** Turns an address into coordinates; null when the address is unknown. */
export interface Geocoder {
  geocode(address: Address): Promise<GeocodeResult | null>;
}
