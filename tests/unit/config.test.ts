import { describe, expect, it } from "vitest";
import { readConfig } from "../../src/server/config";

const productionBasics = { NODE_ENV: "production", SESSION_SECRET: "s".repeat(40) };

describe("configuration", () => {
  it("refuses to start in production without PUBLIC_SITE_URL, and says what to set", () => {
    expect(() => readConfig(productionBasics)).toThrow(/PUBLIC_SITE_URL/);
  });

  it("builds mail links from PUBLIC_SITE_URL in production", () => {
    const config = readConfig({ ...productionBasics, PUBLIC_SITE_URL: "https://openhuis.example/" });
    expect(config.siteUrl).toBe("https://openhuis.example");
  });

  it("links to this server outside production when PUBLIC_SITE_URL is unset", () => {
    expect(readConfig({}).siteUrl).toBe("http://localhost:4321");
    expect(readConfig({ HOST: "127.0.0.1", PORT: "4412" }).siteUrl).toBe("http://127.0.0.1:4412");
    expect(readConfig({ HOST: "0.0.0.0", PORT: "8080" }).siteUrl).toBe("http://localhost:8080");
  });

  it("takes map tiles from PDOK unless MAP_TILE_URL names another server or none", () => {
    expect(readConfig({}).mapTiles).toEqual({
      url: "https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png",
      origin: "https://service.pdok.nl",
    });
    expect(readConfig({ MAP_TILE_URL: "https://tiles.example.test/{z}/{x}/{y}.png" }).mapTiles?.origin).toBe(
      "https://tiles.example.test",
    );
    expect(readConfig({ MAP_TILE_URL: "none" }).mapTiles).toBeNull();
  });

  it("refuses a tile address without {z}, {x} and {y}, or one that is no web address", () => {
    expect(() => readConfig({ MAP_TILE_URL: "https://tiles.example.test/tile.png" })).toThrow(/MAP_TILE_URL/);
    expect(() => readConfig({ MAP_TILE_URL: "javascript:alert(1)//{z}{x}{y}" })).toThrow(/MAP_TILE_URL/);
  });
});
