import { z } from "zod";
import type { NeedLocation } from "../../domain/placement/need-location";
import { approximatePoint } from "./approximate-point";
import type { GeocodeCache } from "./geocode-cache";
import type { Address, AreaResult, GeocodeResult, Geocoder } from "./port";
import { houseNumberOf, normalizePostcode } from "./postcode";

export const defaultPdokUrl = "https://api.pdok.nl";
const searchPath = "/bzk/locatieserver/search/v3_1/free";

export interface PdokOptions {
  /** Defaults to PDOK_URL from the environment, else the public service. */
  baseUrl?: string;
  /** Per attempt. */
  timeoutMs?: number;
  /** Extra attempts after a timeout, an unreachable PDOK or a 5xx; a 4xx is never retried. */
  retries?: number;
  /** Wait before the first retry, doubled before each next one. */
  backoffMs?: number;
  /** Answers (found or not) are kept here, so the same postcode or place is asked once. */
  cache?: GeocodeCache;
}

export class PdokError extends Error {
  readonly kind: "timeout" | "unreachable" | "http" | "malformed";
  readonly status: number | undefined;
  constructor(kind: PdokError["kind"], message: string, options: { status?: number; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = "PdokError";
    this.kind = kind;
    this.status = options.status;
  }
}

const pdokAnswer = z.object({
  response: z.object({
    numFound: z.number().int().nonnegative(),
    docs: z.array(
      z.object({
        centroide_ll: z.string(),
        gemeentenaam: z.string().min(1),
        postcode: z.string(),
        huisnummer: z.number().int().optional(),
        weergavenaam: z.string().optional(),
      }),
    ),
  }),
});

const pdokAreaAnswer = z.object({
  response: z.object({
    numFound: z.number().int().nonnegative(),
    docs: z.array(z.object({ centroide_ll: z.string() })),
  }),
});

/** PDOK Locatieserver: the government's free geocoder over the BAG address register. */
export function createPdokGeocoder(options: PdokOptions = {}): Geocoder {
  const baseUrl = (options.baseUrl ?? process.env.PDOK_URL ?? defaultPdokUrl).replace(/\/+$/, "");
  const timeoutMs = options.timeoutMs ?? 2500;
  const retries = options.retries ?? 2;
  const backoffMs = options.backoffMs ?? 250;
  const fetchAnswer = (url: URL) => fetchJsonWithRetry(url, timeoutMs, retries, backoffMs);
  const { cache } = options;
  async function cached<T extends object>(key: string, lookup: () => Promise<T | null>): Promise<T | null> {
    const remembered = await cache?.read(key);
    if (remembered) return remembered.result as T | null;
    const result = await lookup();
    await cache?.write(key, result);
    return result;
  }

  return {
    async geocode(address: Address): Promise<GeocodeResult | null> {
      const postcode = normalizePostcode(address.postcode);
      const houseNumber = houseNumberOf(address.houseNumber);
      if (!postcode || houseNumber === null) return null;
      return cached(`adres:${postcode}:${houseNumber}`, () => geocodeAddress(postcode, houseNumber));
    },

    /** A postcode-4 area through its first full postcode; a place through the BAG's woonplaats. */
    locateArea(location: NeedLocation): Promise<AreaResult | null> {
      const key =
        location.kind === "postcode4" ? `postcode4:${location.postcode4}` : `woonplaats:${location.place}`;
      return cached(key, () => locate(location));
    },
  };

  async function geocodeAddress(postcode: string, houseNumber: number): Promise<GeocodeResult | null> {
    const url = new URL(`${baseUrl}${searchPath}`);
    url.searchParams.append("fq", "type:adres");
    url.searchParams.append("fq", `postcode:${postcode}`);
    url.searchParams.append("fq", `huisnummer:${houseNumber}`);
    url.searchParams.set("fl", "centroide_ll gemeentenaam postcode huisnummer weergavenaam");
    url.searchParams.set("rows", "1");

    const answer = pdokAnswer.safeParse(await fetchAnswer(url));
    if (!answer.success)
      throw new PdokError("malformed", "PDOK gaf een onverwacht antwoord", { cause: answer.error });
    const [doc] = answer.data.response.docs;
    if (!doc) return null;

    const { lat, lng } = parsePoint(doc.centroide_ll);
    const postcode4 = postcode.slice(0, 4);
    return {
      lat,
      lng,
      municipality: doc.gemeentenaam,
      postcode4,
      ...approximatePoint(postcode4, lat, lng),
      source: "pdok",
    };
  }

  async function locate(location: NeedLocation): Promise<AreaResult | null> {
    const url = new URL(`${baseUrl}${searchPath}`);
    if (location.kind === "postcode4") {
      url.searchParams.append("fq", "type:postcode");
      url.searchParams.append("fq", `postcode:${location.postcode4}*`);
    } else {
      url.searchParams.append("fq", "type:woonplaats");
      url.searchParams.append("fq", `woonplaatsnaam:"${location.place.replaceAll('"', "")}"`);
    }
    url.searchParams.set("fl", "centroide_ll");
    url.searchParams.set("rows", "1");

    const answer = pdokAreaAnswer.safeParse(await fetchAnswer(url));
    if (!answer.success)
      throw new PdokError("malformed", "PDOK gaf een onverwacht antwoord", { cause: answer.error });
    const [doc] = answer.data.response.docs;
    if (!doc) return null;
    const { lat, lng } = parsePoint(doc.centroide_ll);
    if (location.kind === "place") return { lat, lng, postcode4: null };
    const { approxLat, approxLng } = approximatePoint(location.postcode4, lat, lng);
    return { lat: approxLat, lng: approxLng, postcode4: location.postcode4 };
  }
}

async function fetchJsonWithRetry(url: URL, timeoutMs: number, retries: number, backoffMs: number) {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await fetchJson(url, timeoutMs);
    } catch (error) {
      if (attempt >= retries || !isTransient(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, backoffMs * 2 ** attempt));
    }
  }
}

function isTransient(error: unknown): boolean {
  if (!(error instanceof PdokError)) return false;
  if (error.kind === "http") return (error.status ?? 0) >= 500;
  return error.kind === "timeout" || error.kind === "unreachable";
}

async function fetchJson(url: URL, timeoutMs: number): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, {
      signal: AbortSignal.timeout(timeoutMs),
      headers: { accept: "application/json" },
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "TimeoutError") {
      throw new PdokError("timeout", `PDOK antwoordde niet binnen ${timeoutMs} ms`, { cause: error });
    }
    throw new PdokError("unreachable", "PDOK is niet bereikbaar", { cause: error });
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new PdokError("http", `PDOK antwoordde met status ${response.status}`, { status: response.status });
  }
  try {
    return await response.json();
  } catch (error) {
    const kind = error instanceof DOMException && error.name === "TimeoutError" ? "timeout" : "malformed";
    throw new PdokError(kind, "PDOK gaf geen geldige JSON", { cause: error });
  }
}

/** WKT "POINT(lng lat)": longitude comes first. */
function parsePoint(wkt: string): { lat: number; lng: number } {
  const match = /^POINT\s*\(\s*(-?\d+(?:\.\d+)?)\s+(-?\d+(?:\.\d+)?)\s*\)$/.exec(wkt.trim());
  const lng = Number(match?.[1]);
  const lat = Number(match?.[2]);
  if (!match || lat < 50.7 || lat > 53.6 || lng < 3.3 || lng > 7.3) {
    throw new PdokError("malformed", `PDOK gaf geen punt in Nederland: ${wkt}`);
  }
  return { lat, lng };
}
