import { describe, expect, it } from "vitest";
import type { InformationEvening } from "../../../src/domain/evenings/evening";
import {
  eveningsForCampaign,
  eveningsShown,
} from "../../../src/domain/recruiter-campaigns/campaign-evenings";
import { campaignDescription } from "../../../src/domain/recruiter-campaigns/recruiter-campaign";

const evening = (id: string, organisationId: string, regionSlug: string) =>
  ({ id, organisationId, regionSlug }) as InformationEvening;

const upcoming = [
  evening("eigen-1", "utrecht-stad", "midden-nederland"),
  evening("buren", "heuvelrug", "midden-nederland"),
  evening("elders", "gelre", "gelderland"),
  evening("eigen-2", "utrecht-stad", "midden-nederland"),
  evening("eigen-3", "utrecht-stad", "midden-nederland"),
  evening("eigen-4", "utrecht-stad", "midden-nederland"),
];
const campaign = { organisationId: "utrecht-stad", regionSlug: "midden-nederland" };
const ids = (evenings: InformationEvening[]) => evenings.map(({ id }) => id);

describe("the evenings a campaign page lists", () => {
  it("shows the region's soonest evenings, never another region's", () => {
    expect(ids(eveningsForCampaign({ ...campaign, evenings: "region" }, upcoming))).toEqual([
      "eigen-1",
      "buren",
      "eigen-2",
    ]);
  });

  it("shows only the organisation's own, at most a few", () => {
    const shown = eveningsForCampaign({ ...campaign, evenings: "organisation" }, upcoming);
    expect(ids(shown)).toEqual(["eigen-1", "eigen-2", "eigen-3"]);
    expect(shown).toHaveLength(eveningsShown);
  });

  it("shows none when the recruiter chose none", () => {
    expect(eveningsForCampaign({ ...campaign, evenings: "none" }, upcoming)).toEqual([]);
  });
});

describe("a campaign's description for search results and sharing", () => {
  it("is the intro when it is short", () => {
    expect(campaignDescription({ intro: "Word pleegouder in Houten.\r\n\r\nWe helpen je op weg." })).toBe(
      "Word pleegouder in Houten. We helpen je op weg.",
    );
  });

  it("is cut at a word within 160 characters, with an ellipsis", () => {
    const description = campaignDescription({ intro: "Kinderen uit Houten zoeken een thuis. ".repeat(10) });
    expect(description.length).toBeLessThanOrEqual(160);
    expect(description).toMatch(/ thuis\.…$|[a-z.]…$/);
    expect(description.endsWith(" …")).toBe(false);
  });
});
