import { describe, expect, it } from "vitest";
import { campaignPath, generalCampaign, translationPaths } from "../../../src/domain/campaigns/campaign";
import { campaign } from "./campaign-fixtures";

const utrecht = { region: "Regio Midden-Nederland", organisation: { name: "Pleegzorg Utrecht Stad" } };

describe("campaign addresses", () => {
  it("serves a general Dutch campaign at the root and its English version under /en", () => {
    expect(campaignPath(campaign("nl/pleegouder-worden"))).toBe("/pleegouder-worden");
    expect(campaignPath(campaign("en/become-a-foster-parent"))).toBe("/en/become-a-foster-parent");
  });

  it("serves region and organisation variants under the localized campaign folder", () => {
    expect(campaignPath(campaign("nl/pleegouder-worden-in-utrecht", utrecht))).toBe(
      "/campagne/pleegouder-worden-in-utrecht",
    );
    expect(campaignPath(campaign("en/foster-parent-in-utrecht", utrecht))).toBe(
      "/en/campaign/foster-parent-in-utrecht",
    );
  });

  it("refuses a file outside a known language folder or with a name that is not a slug", () => {
    expect(() => campaign("de/pflegeeltern")).toThrow(/known locale/);
    expect(() => campaign("nl/Pleegouder Worden")).toThrow(/slug/);
    expect(() => campaign("pleegouder-worden")).toThrow();
  });

  it("links a campaign to its translations through the translation key", () => {
    const campaigns = [
      campaign("nl/pleegouder-worden"),
      campaign("en/become-a-foster-parent"),
      campaign("nl/steunouder-worden", { parentType: "support", translationKey: "steunouder" }),
    ];
    expect(translationPaths(campaigns[0], campaigns)).toEqual({
      nl: "/pleegouder-worden",
      en: "/en/become-a-foster-parent",
    });
    expect(translationPaths(campaigns[2], campaigns)).toEqual({ nl: "/steunouder-worden" });
  });

  it("finds the general page for a parent type, never a regional variant", () => {
    const campaigns = [
      campaign("nl/pleegouder-worden-in-utrecht", { ...utrecht, translationKey: "pleegouder-utrecht" }),
      campaign("nl/pleegouder-worden"),
    ];
    expect(generalCampaign("nl", "foster", campaigns)?.slug).toBe("pleegouder-worden");
    expect(generalCampaign("en", "foster", campaigns)).toBeUndefined();
  });
});
