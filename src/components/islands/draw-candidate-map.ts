import type * as Leaflet from "leaflet";
import { householdKindLabels } from "../../domain/capacity/labels";
import {
  type CandidateMap,
  kindMarkers,
  type MapCandidate,
  mapCandidateDescription,
  needPointLabel,
} from "../../domain/placement/candidate-map";

type L = typeof Leaflet;

export interface MapTiles {
  url: string;
  attribution: string;
}

const highlighted = "is-highlighted";
const netherlands: Leaflet.LatLngTuple = [52.2, 5.3];

/** An element with text only (never markup from data), for a marker's content. */
function element(tag: string, className: string, text: string, hidden = false): HTMLElement {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = text;
  if (hidden) node.setAttribute("aria-hidden", "true");
  return node;
}

function candidateIcon(L: L, candidate: MapCandidate): Leaflet.DivIcon {
  const { letter, shape } = kindMarkers[candidate.kind];
  const content = element("span", "map-marker__content", "");
  content.dataset.householdId = candidate.householdId;
  content.append(
    element("span", "map-marker__letter", letter, true),
    element("span", "visually-hidden", mapCandidateDescription(candidate)),
  );
  return L.divIcon({
    html: content,
    className: [
      "map-marker",
      `map-marker--${shape}`,
      `map-marker--${candidate.kind}`,
      candidate.stale ? "map-marker--stale" : "",
    ].join(" "),
    iconSize: [30, 30],
  });
}

function clusterIcon(L: L, cluster: Leaflet.MarkerCluster): Leaflet.DivIcon {
  const count = cluster.getChildCount();
  const content = element("span", "map-cluster__content", "");
  content.append(
    element("span", "map-cluster__count", String(count), true),
    element("span", "visually-hidden", `${count} gezinnen dicht bij elkaar; Enter zoomt in`),
  );
  return L.divIcon({ html: content, className: "map-cluster", iconSize: [38, 38] });
}

function needIcon(L: L, label: string): Leaflet.DivIcon {
  const content = element("span", "map-need__content", "");
  content.append(element("span", "map-need__symbol", "★", true), element("span", "visually-hidden", label));
  return L.divIcon({ html: content, className: "map-need", iconSize: [32, 32] });
}

const householdIdIn = (target: EventTarget | null): string | undefined => {
  if (!(target instanceof Element)) return undefined;
  const holder = target.closest("[data-household-id]") ?? target.querySelector("[data-household-id]");
  return holder?.getAttribute("data-household-id") ?? undefined;
};

/**
 * Draws the candidates, the need's point and its radius, and keeps map and list in step: pointing
 * at or focusing a list item (`[data-household-id]` inside `list`) highlights its marker, or the
 * cluster holding it, and the reverse. Returns what removes the map again.
 */
export function drawCandidateMap(
  L: L,
  canvas: HTMLElement,
  list: HTMLElement | null,
  data: CandidateMap,
  tiles: MapTiles | null,
): () => void {
  const map = L.map(canvas, {
    zoomControl: false,
    attributionControl: false,
    minZoom: 6,
    maxZoom: 18,
  });
  L.control.zoom({ zoomInTitle: "Inzoomen", zoomOutTitle: "Uitzoomen" }).addTo(map);
  if (tiles) {
    L.control.attribution({ prefix: false }).addTo(map);
    L.tileLayer(tiles.url, { attribution: tiles.attribution, maxZoom: 18 }).addTo(map);
  }

  const clusters = L.markerClusterGroup({
    showCoverageOnHover: false,
    maxClusterRadius: 40,
    iconCreateFunction: (cluster) => clusterIcon(L, cluster),
  });
  const markers = new Map<string, Leaflet.Marker>();
  for (const candidate of data.candidates) {
    const marker = L.marker([candidate.lat, candidate.lng], {
      icon: candidateIcon(L, candidate),
      keyboard: true,
    });
    // Enter or a click on a marker leads to its details in the list.
    const openInList = () => listItem(candidate.householdId)?.querySelector<HTMLElement>("h3")?.focus();
    marker.on("click", openInList);
    marker.on("keypress", (event: Leaflet.LeafletKeyboardEvent) => {
      if (event.originalEvent.key === "Enter") openInList();
    });
    markers.set(candidate.householdId, marker);
    clusters.addLayer(marker);
  }

  // A view first: a circle measures itself in the map's current projection.
  if (data.need) map.fitBounds(L.latLng(data.need.lat, data.need.lng).toBounds(data.radiusKm * 2000));
  else if (markers.size > 0) map.fitBounds(clusters.getBounds(), { padding: [24, 24], maxZoom: 12 });
  else map.setView(netherlands, 7);
  clusters.addTo(map);
  if (data.need) {
    L.circle([data.need.lat, data.need.lng], {
      radius: data.radiusKm * 1000,
      className: "map-radius",
      interactive: false,
      fill: false,
    }).addTo(map);
    L.marker([data.need.lat, data.need.lng], {
      icon: needIcon(L, needPointLabel(data.need)),
      keyboard: false,
      interactive: false,
      // Beneath the households, so it never hides a marker or a cluster's count.
      zIndexOffset: -1000,
    }).addTo(map);
  }

  const listItem = (householdId: string) =>
    list?.querySelector<HTMLElement>(`[data-household-id="${CSS.escape(householdId)}"]`) ?? null;
  let current: string | undefined;
  const highlight = (householdId: string | undefined) => {
    if (householdId === current) return;
    for (const node of [
      ...canvas.querySelectorAll(`.${highlighted}`),
      ...(list?.querySelectorAll(`.${highlighted}`) ?? []),
    ])
      node.classList.remove(highlighted);
    current = householdId;
    if (!householdId) return;
    listItem(householdId)?.classList.add(highlighted);
    const marker = markers.get(householdId);
    const shown = marker ? (clusters.getVisibleParent(marker) as Leaflet.Marker | null) : null;
    shown?.getElement()?.classList.add(highlighted);
  };
  // A zoom re-clusters the markers: draw the highlight again on whatever holds the marker now.
  clusters.on("animationend", () => {
    const again = current;
    current = undefined;
    highlight(again);
  });
  map.on("zoomend", () => {
    const again = current;
    current = undefined;
    highlight(again);
  });

  const onEnter = (event: Event) => highlight(householdIdIn(event.target));
  const onLeave = () => highlight(undefined);
  const listeners: [HTMLElement, string, EventListener][] = [
    [canvas, "mouseover", onEnter],
    [canvas, "focusin", onEnter],
    [canvas, "mouseout", onLeave],
    [canvas, "focusout", onLeave],
  ];
  if (list) {
    listeners.push(
      [list, "mouseover", onEnter],
      [list, "focusin", onEnter],
      [list, "mouseout", onLeave],
      [list, "focusout", onLeave],
    );
  }
  for (const [target, type, listener] of listeners) target.addEventListener(type, listener);

  return () => {
    for (const [target, type, listener] of listeners) target.removeEventListener(type, listener);
    map.remove();
  };
}

/** The legend's rows: each kind's letter and shape, as on the map. */
export const legendKinds = (Object.keys(kindMarkers) as (keyof typeof kindMarkers)[]).map((kind) => ({
  kind,
  label: householdKindLabels[kind],
  ...kindMarkers[kind],
}));
