import { describe, expect, it } from "vitest";
import { findCampaignConflicts } from "../../../src/domain/campaigns/find-campaign-conflicts";
import { campaign } from "./campaign-fixtures";

const eemland = { region: "Regio Midden-Nederland", organisation: { name: "Steunouders Eemland" } };

describe("conflicts between campaigns", () => {
  it("finds none in a consistent set", () => {
    expect(
      findCampaignConflicts([
        campaign("nl/pleegouder-worden"),
        campaign("en/become-a-foster-parent"),
        campaign("nl/steunouder-in-eemland", {
          ...eemland,
          parentType: "support",
          translationKey: "steunouder-eemland",
        }),
      ]),
    ).toEqual([]);
  });

  it("refuses two general pages for the same parent type in one language", () => {
    expect(
      findCampaignConflicts([
        campaign("nl/pleegouder-worden"),
        campaign("nl/word-pleegouder", { translationKey: "pleegouder-2" }),
      ]),
    ).toEqual(["More than one general campaign (without region or organisation) for nl/foster"]);
  });

  it("refuses a translation key used twice in one language", () => {
    expect(
      findCampaignConflicts([
        campaign("nl/pleegouder-worden"),
        campaign("nl/pleegouder-in-eemland", { ...eemland }),
      ]),
    ).toEqual(["The translationKey nl/pleegouder is used by more than one campaign in the same language"]);
  });

  it("refuses translations that disagree on the parent type", () => {
    expect(
      findCampaignConflicts([
        campaign("nl/pleegouder-worden"),
        campaign("en/become-a-support-parent", { parentType: "support" }),
      ]),
    ).toEqual(["The translations of pleegouder have different parent types"]);
  });
});
