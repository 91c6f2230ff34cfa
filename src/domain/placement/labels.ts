export type Urgency = "crisis_today" | "within_days" | "regular";
export type PlacementNeedStatus = "open" | "matching" | "proposed" | "placed" | "cancelled";

export const urgencyLabels: Record<Urgency, string> = {
  crisis_today: "Crisis, vandaag",
  within_days: "Binnen enkele dagen",
  regular: "Regulier",
};

export const placementNeedStatusLabels: Record<PlacementNeedStatus, string> = {
  open: "Open",
  matching: "Zoeken",
  proposed: "Voorgesteld",
  placed: "Geplaatst",
  cancelled: "Geannuleerd",
};
