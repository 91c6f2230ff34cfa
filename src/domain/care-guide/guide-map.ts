/**
 * Lays out the guide's map, drawn on the server as SVG: each municipality an organisation works in
 * as a marker at the municipality's approximate centre, names placed where they do not cover
 * another name or marker (a name that fits nowhere is left to the marker's own title and the list).
 */
export interface MapPlace {
  name: string;
  lat: number;
  lng: number;
  /** The organisations working there, as indexes into the page's list of organisations. */
  organisations: readonly number[];
}

export interface MapMarker {
  x: number;
  y: number;
  organisation: number;
  place: string;
}

export interface MapLabel {
  x: number;
  y: number;
  anchor: "start" | "middle" | "end";
  text: string;
}

export interface GuideMapLayout {
  width: number;
  height: number;
  markers: MapMarker[];
  labels: MapLabel[];
  scaleBar: { x: number; y: number; length: number; km: number };
}

export const mapWidth = 500;
export const markerRadius = 6;
export const labelSize = 13;
const padding = 20;
const scaleBarRoom = 28;
const tallest = 1.1 * mapWidth;
const kmPerDegreeLatitude = 111.32;

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** About how wide a name is set in the map's font: wide enough that names never touch. */
const textWidth = (text: string) => text.length * labelSize * 0.6;

/** Null without places: there is nothing to draw. */
export function layOutGuideMap(places: readonly MapPlace[]): GuideMapLayout | null {
  if (places.length === 0) return null;
  const lats = places.map((place) => place.lat);
  const lngs = places.map((place) => place.lng);
  const [south, north] = span(lats, 0.05);
  const [west, east] = span(lngs, 0.05);
  // Longitude degrees shrink with latitude: scale them so distances look right around the region.
  const squeeze = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const inner = mapWidth - 2 * padding;
  const scale = Math.min(
    inner / ((east - west) * squeeze),
    (tallest - 2 * padding - scaleBarRoom) / (north - south),
  );
  const offsetX = padding + (inner - (east - west) * squeeze * scale) / 2;
  const height = Math.round((north - south) * scale + 2 * padding + scaleBarRoom);
  const project = (lat: number, lng: number) => ({
    x: round(offsetX + (lng - west) * squeeze * scale),
    y: round(padding + (north - lat) * scale),
  });

  const gap = 2 * markerRadius + 2;
  const markers = places.flatMap((place) => {
    const centre = project(place.lat, place.lng);
    return place.organisations.map((organisation, index) => ({
      x: round(centre.x + (index - (place.organisations.length - 1) / 2) * gap),
      y: centre.y,
      organisation,
      place: place.name,
    }));
  });

  const km = 10;
  const scaleBar = { x: padding, y: height - 12, length: round((km / kmPerDegreeLatitude) * scale), km };
  const taken: Box[] = [
    ...markers.map(({ x, y }) => ({
      left: x - markerRadius,
      top: y - markerRadius,
      right: x + markerRadius,
      bottom: y + markerRadius,
    })),
    { left: 0, top: scaleBar.y - 18, right: scaleBar.x + scaleBar.length + 60, bottom: height },
  ];
  const labels = places.flatMap((place) => {
    const centre = project(place.lat, place.lng);
    const half = ((place.organisations.length - 1) / 2) * gap + markerRadius;
    const label = placeLabel(place.name, centre, half, taken, { width: mapWidth, height });
    if (!label) return [];
    taken.push(label.box);
    return [label.label];
  });
  return { width: mapWidth, height, markers, labels, scaleBar };
}

/** The first spot of right, left, above and below the markers that is free and inside the map. */
function placeLabel(
  text: string,
  centre: { x: number; y: number },
  half: number,
  taken: readonly Box[],
  map: { width: number; height: number },
): { label: MapLabel; box: Box } | null {
  const width = textWidth(text);
  const baseline = (top: number) => round(top + labelSize * 0.8);
  const spots: { label: MapLabel; box: Box }[] = [
    { anchor: "start" as const, left: centre.x + half + 3, top: centre.y - labelSize / 2 },
    { anchor: "end" as const, left: centre.x - half - 3 - width, top: centre.y - labelSize / 2 },
    { anchor: "middle" as const, left: centre.x - width / 2, top: centre.y - markerRadius - 2 - labelSize },
    { anchor: "middle" as const, left: centre.x - width / 2, top: centre.y + markerRadius + 2 },
  ].map(({ anchor, left, top }) => ({
    label: {
      x: round(anchor === "start" ? left : anchor === "end" ? left + width : centre.x),
      y: baseline(top),
      anchor,
      text,
    },
    box: { left, top, right: left + width, bottom: top + labelSize },
  }));
  return (
    spots.find(
      ({ box }) =>
        box.left >= 0 &&
        box.top >= 0 &&
        box.right <= map.width &&
        box.bottom <= map.height &&
        !taken.some((other) => overlaps(box, other)),
    ) ?? null
  );
}

/** The range of the values, at least `least` wide, centred on them. */
function span(values: readonly number[], least: number): [number, number] {
  const low = Math.min(...values);
  const high = Math.max(...values);
  const grow = Math.max(0, least - (high - low)) / 2;
  return [low - grow, high + grow];
}

const round = (value: number) => Math.round(value * 10) / 10;

/** The markers' shapes, by organisation index (repeating after four, with another colour). */
export const markerShapes = ["cirkel", "vierkant", "driehoek", "ruit"] as const;
