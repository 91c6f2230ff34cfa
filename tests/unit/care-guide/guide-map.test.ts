import { describe, expect, it } from "vitest";
import { layOutGuideMap, type MapPlace } from "../../../src/domain/care-guide/guide-map";

const places: MapPlace[] = [
  { name: "Utrecht", lat: 52.09, lng: 5.11, organisations: [0] },
  { name: "Amersfoort", lat: 52.16, lng: 5.39, organisations: [1] },
  { name: "Zeist", lat: 52.09, lng: 5.24, organisations: [0, 1] },
  { name: "Culemborg", lat: 51.95, lng: 5.23, organisations: [2] },
];

describe("the guide's map", () => {
  it("draws nothing without places", () => {
    expect(layOutGuideMap([])).toBeNull();
  });

  it("puts west left and north up, and one marker per organisation in a municipality", () => {
    const layout = layOutGuideMap(places);
    if (!layout) throw new Error("no layout");
    const marker = (place: string) => layout.markers.filter((m) => m.place === place);
    expect(marker("Utrecht")[0].x).toBeLessThan(marker("Amersfoort")[0].x);
    expect(marker("Amersfoort")[0].y).toBeLessThan(marker("Culemborg")[0].y);
    expect(marker("Zeist").map((m) => m.organisation)).toEqual([0, 1]);
    expect(marker("Zeist")[0].y).toBe(marker("Zeist")[1].y);
    for (const { x, y } of layout.markers) {
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(layout.width);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(layout.height);
    }
  });

  it("keeps distances true to scale: the 10 km bar is as long as 10 km north to south", () => {
    const layout = layOutGuideMap(places);
    if (!layout) throw new Error("no layout");
    const utrecht = layout.markers.find((m) => m.place === "Utrecht");
    const culemborg = layout.markers.find((m) => m.place === "Culemborg");
    if (!utrecht || !culemborg) throw new Error("markers missing");
    const pixelsPerKm = layout.scaleBar.length / layout.scaleBar.km;
    const northSouthKm = (52.09 - 51.95) * 111.32;
    expect(Math.abs(culemborg.y - utrecht.y) / pixelsPerKm).toBeCloseTo(northSouthKm, 0);
  });

  it("names every place it can without one name covering another; a name that fits nowhere is left out", () => {
    const crowded: MapPlace[] = Array.from({ length: 12 }, (_, index) => ({
      name: `Plaats ${index}`,
      lat: 52 + index * 0.001,
      lng: 5,
      organisations: [0],
    }));
    const layout = layOutGuideMap([...crowded, ...places]);
    if (!layout) throw new Error("no layout");
    expect(layout.labels.length).toBeLessThan(crowded.length + places.length);
    expect(layout.labels.map((label) => label.text)).toEqual(
      expect.arrayContaining(["Utrecht", "Amersfoort"]),
    );
    const boxes = layout.labels.map((label) => {
      const width = label.text.length * 13 * 0.6;
      const left =
        label.anchor === "start" ? label.x : label.anchor === "end" ? label.x - width : label.x - width / 2;
      return { left, right: left + width, top: label.y - 11, bottom: label.y + 2 };
    });
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        expect(overlap).toBe(false);
      }
    }
  });
});
