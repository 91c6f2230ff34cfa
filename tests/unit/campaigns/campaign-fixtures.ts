import { type Campaign, campaignFromEntry } from "../../../src/domain/campaigns/campaign";
import type { CampaignContent } from "../../../src/domain/campaigns/campaign-schema";

export const validFrontmatter = {
  title: "Pleegouder worden",
  description:
    "Geef een kind een veilig thuis in je eigen gezin. Wie het kan, welke stappen je zet en hoe lang het duurt.",
  parentType: "foster",
  hero: "Sommige kinderen kunnen een tijd niet thuis wonen.",
  whoCanDoIt: ["Je bent 21 jaar of ouder."],
  timeCommitment: "Een pleegkind woont bij je, elke dag.",
  steps: [{ name: "Informatiebijeenkomst", duration: "Eén avond" }],
  totalDuration: "3 tot 6 maanden",
  faq: [{ question: "Krijg ik een vergoeding?", answer: "Ja, een pleegvergoeding per dag." }],
  translationKey: "pleegouder",
  publish: true,
} satisfies CampaignContent;

export function campaign(id: string, changes: Partial<CampaignContent> = {}): Campaign {
  return campaignFromEntry(id, { ...validFrontmatter, ...changes });
}
