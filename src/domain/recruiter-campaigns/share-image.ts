import type { ParentType } from "../parent-types";

/** The picture a shared Dutch campaign page shows, one per parent type (public/og/, 1200 × 630 PNG, Dutch text). */
export const shareImage = (parentType: ParentType) => ({
  src: `/og/${parentType}.png`,
  alt: {
    foster: "Openhuis. Word pleegouder: geef een kind een thuis, dicht bij huis.",
    family_home: "Openhuis. Word gezinshuisouder: maak van zorgen voor kinderen je werk, in je eigen huis.",
    support: "Openhuis. Word steunouder: ontlast een gezin, een weekend per maand.",
  }[parentType],
});
