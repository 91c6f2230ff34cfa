// Leaflet first: leaflet.markercluster extends the global `L` that Leaflet sets when it loads.
import L from "leaflet";
import "leaflet.markercluster";

export default L;
