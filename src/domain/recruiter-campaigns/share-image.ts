import type { ParentType } from "../parent-types";

/** The picture a shared campaign link shows, one per parent type (public/og/, 1200 × 630 PNG). */
export const shareImage = (parentType: ParentType) => ({
  src: `/og/${parentType}.png`,
  alt: {
    foster: "Openhuis: word pleegouder. Een kind een thuis geven, dicht bij huis.",
    family_home: "Openhuis: word gezinshuisouder. Een thuis voor kinderen die niet thuis kunnen wonen.",
    support: "Openhuis: word steunouder. Een gezin af en toe ontlasten.",
  }[parentType],
});
