import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface PdokFakeAddress {
  postcode: string;
  houseNumber: number;
  street: string;
  place: string;
  municipality: string;
  lat: number;
  lng: number;
}

/** How the fake answers the next requests: like PDOK, or broken in one of the ways PDOK can be. */
export type PdokFakeMode = "addresses" | "server-error" | "unavailable" | "bad-request" | "hang" | "not-json";

export interface PdokFake {
  /** Base URL to pass as PDOK_URL. */
  url: string;
  requests: URL[];
  mode: PdokFakeMode;
  /** Answers for the next requests, one each, before `mode` applies again. */
  nextModes: PdokFakeMode[];
  close(): Promise<void>;
}

/** A local stand-in for PDOK Locatieserver's free search, answering in its real response shape. */
export async function startPdokFake(addresses: PdokFakeAddress[]): Promise<PdokFake> {
  const fake: PdokFake = { url: "", requests: [], mode: "addresses", nextModes: [], close: async () => {} };
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    fake.requests.push(url);
    answer(fake.nextModes.shift() ?? fake.mode, url, addresses, response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  fake.url = `http://127.0.0.1:${port}`;
  fake.close = () =>
    new Promise<void>((resolve, reject) => {
      server.closeAllConnections();
      server.close((error) => (error ? reject(error) : resolve()));
    });
  return fake;
}

const failureStatus: Partial<Record<PdokFakeMode, number>> = {
  "server-error": 500,
  unavailable: 503,
  "bad-request": 400,
};

function answer(mode: PdokFakeMode, url: URL, addresses: PdokFakeAddress[], response: ServerResponse): void {
  if (mode === "hang") return;
  const failure = failureStatus[mode];
  if (failure) {
    response.writeHead(failure, { "content-type": "text/html" }).end(`<h1>Status ${failure}</h1>`);
    return;
  }
  if (mode === "not-json") {
    response.writeHead(200, { "content-type": "application/json" }).end('{"response": ');
    return;
  }
  if (url.pathname !== "/bzk/locatieserver/search/v3_1/free") {
    response.writeHead(404, { "content-type": "application/json" }).end("{}");
    return;
  }
  const filters = new Map(
    url.searchParams.getAll("fq").map((filter) => {
      const at = filter.indexOf(":");
      return [filter.slice(0, at), filter.slice(at + 1)] as const;
    }),
  );
  const rows = Number(url.searchParams.get("rows") ?? "10");
  const postcodeFilter = filters.get("postcode") ?? "";
  const found = addresses.filter((address) => {
    switch (filters.get("type")) {
      case "adres":
        return (
          postcodeFilter === address.postcode && filters.get("huisnummer") === String(address.houseNumber)
        );
      case "postcode":
        return postcodeFilter.endsWith("*") && address.postcode.startsWith(postcodeFilter.slice(0, -1));
      case "woonplaats":
        return filters.get("woonplaatsnaam") === `"${address.place}"`;
      default:
        return false;
    }
  });
  const body = {
    response: {
      numFound: found.length,
      start: 0,
      maxScore: found.length > 0 ? 11.742 : 0,
      numFoundExact: true,
      docs: found.slice(0, rows).map(toDoc),
    },
  };
  response.writeHead(200, { "content-type": "application/json;charset=UTF-8" }).end(JSON.stringify(body));
}

function toDoc(address: PdokFakeAddress) {
  return {
    bron: "BAG",
    woonplaatscode: "3295",
    type: "adres",
    woonplaatsnaam: address.place,
    wijkcode: "WK034400",
    huis_nlt: String(address.houseNumber),
    openbareruimtetype: "Weg",
    gemeentecode: "0344",
    weergavenaam: `${address.street} ${address.houseNumber}, ${address.postcode} ${address.place}`,
    straatnaam_verkort: address.street,
    id: `adr-${address.postcode}-${address.houseNumber}`,
    gemeentenaam: address.municipality,
    identificatie: `0344010000${address.houseNumber}-0344200000${address.houseNumber}`,
    provinciecode: "PV26",
    postcode: address.postcode,
    provincienaam: "Utrecht",
    centroide_ll: `POINT(${address.lng} ${address.lat})`,
    huisnummer: address.houseNumber,
    provincieafkorting: "UT",
    centroide_rd: "POINT(136780.1 455860.1)",
    straatnaam: address.street,
    score: 11.742,
  };
}
