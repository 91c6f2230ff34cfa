import "leaflet/dist/leaflet.css";
import "leaflet.markercluster/dist/MarkerCluster.css";
import "./candidate-map.css";
import { useEffect, useRef, useState } from "react";
import type { CandidateMap as CandidateMapData } from "../../domain/placement/candidate-map";
import { drawCandidateMap, legendKinds, type MapTiles } from "./draw-candidate-map";

interface Props {
  /** The map's data: the need's kaart.json with the page's filters. */
  dataUrl: string;
  /** The id of the list the map mirrors; also where "Kaart overslaan" leads. */
  listId: string;
  tiles: MapTiles | null;
}

/**
 * The need's candidates on a map, beside the list that says the same in text. Renders nothing on
 * the server or without JavaScript: the list is the whole page then.
 */
export default function CandidateMap({ dataUrl, listId, tiles }: Props) {
  const [inBrowser, setInBrowser] = useState(false);
  const [state, setState] = useState<"loading" | "drawn" | "failed">("loading");
  const [radiusKm, setRadiusKm] = useState<number>();
  const canvas = useRef<HTMLElement>(null);

  useEffect(() => setInBrowser(true), []);
  useEffect(() => {
    if (!inBrowser || !canvas.current) return;
    const target = canvas.current;
    let removeMap: (() => void) | undefined;
    let cancelled = false;
    Promise.all([
      fetch(dataUrl, { headers: { Accept: "application/json" } }).then((response) =>
        response.ok
          ? (response.json() as Promise<CandidateMapData>)
          : Promise.reject(new Error(String(response.status))),
      ),
      import("./leaflet-with-clusters").then((module) => module.default),
    ])
      .then(([data, L]) => {
        if (cancelled) return;
        removeMap = drawCandidateMap(L, target, document.getElementById(listId), data, tiles);
        setRadiusKm(data.need ? data.radiusKm : undefined);
        setState("drawn");
      })
      .catch(() => {
        if (!cancelled) setState("failed");
      });
    return () => {
      cancelled = true;
      removeMap?.();
    };
  }, [inBrowser, dataUrl, listId, tiles]);

  if (!inBrowser) return null;
  return (
    <section className="candidate-map" aria-labelledby="kaart-titel">
      <h3 id="kaart-titel">Op de kaart</h3>
      <a className="candidate-map__skip" href={`#${listId}`}>
        Kaart overslaan
      </a>
      <p className="candidate-map__hint" id="kaart-uitleg">
        Gezinnen staan op het midden van hun postcodegebied, niet op hun adres. Met Tab ga je langs de
        gezinnen; Enter op een groep zoomt in, Enter op een gezin brengt je naar het gezin in de lijst.
      </p>
      <section
        ref={canvas}
        className={tiles ? "candidate-map__canvas" : "candidate-map__canvas candidate-map__canvas--plain"}
        aria-label="Kaart met de passende gezinnen"
        aria-describedby="kaart-uitleg"
      ></section>
      {state === "failed" && (
        <div className="utrecht-alert utrecht-alert--info" role="status">
          <div className="utrecht-alert__content">
            <p className="utrecht-alert__message">
              De kaart kon niet worden geladen. De lijst hieronder toont dezelfde gezinnen.
            </p>
          </div>
        </div>
      )}
      <ul className="candidate-map__legend" aria-label="Legenda">
        {legendKinds.map((entry) => (
          <li key={entry.kind}>
            <span
              className={`map-marker map-marker--${entry.shape} map-marker--${entry.kind}`}
              aria-hidden="true"
            >
              <span className="map-marker__content">
                <span className="map-marker__letter">{entry.letter}</span>
              </span>
            </span>
            {entry.label}
          </li>
        ))}
        <li>
          <span
            className="map-marker map-marker--circle map-marker--foster_family map-marker--stale"
            aria-hidden="true"
          >
            <span className="map-marker__content" />
          </span>
          Stippelrand: beschikbaarheid verouderd
        </li>
        <li>
          <span className="map-need" aria-hidden="true">
            <span className="map-need__content">★</span>
          </span>
          School of ouders (gebied)
        </li>
        {radiusKm !== undefined && (
          <li>
            <span className="candidate-map__ring" aria-hidden="true" />
            Zoekstraal: {radiusKm} km
          </li>
        )}
      </ul>
    </section>
  );
}
