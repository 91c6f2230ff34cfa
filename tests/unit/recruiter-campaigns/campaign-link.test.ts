import { describe, expect, it } from "vitest";
import {
  campaignApplicationPath,
  campaignLink,
  recruiterCampaignPath,
} from "../../../src/domain/recruiter-campaigns/campaign-link";

describe("campaign links", () => {
  it("tags the campaign's address with source, medium and the campaign's slug", () => {
    expect(campaignLink("https://openhuis.nl", "pleegouder-in-houten", "qr")).toBe(
      "https://openhuis.nl/actie/pleegouder-in-houten?utm_source=openhuis&utm_medium=qr&utm_campaign=pleegouder-in-houten",
    );
    expect(
      new URL(campaignLink(new URL("http://localhost:4321"), "steun-zeist", "link")).searchParams.get(
        "utm_medium",
      ),
    ).toBe("link");
  });

  it("lives under /actie, apart from the content campaigns", () => {
    expect(recruiterCampaignPath("pleegouder-worden")).toBe("/actie/pleegouder-worden");
  });

  it("sends applicants on with the campaign as source and utm_campaign, and the medium they came through", () => {
    const page = new URL(campaignLink("https://openhuis.nl", "steun-zeist", "qr"));
    const path = new URL(campaignApplicationPath("steun-zeist", page), "https://openhuis.nl");
    expect(path.pathname).toBe("/aanmelden");
    expect(Object.fromEntries(path.searchParams)).toEqual({
      campagne: "actie/steun-zeist",
      utm_source: "openhuis",
      utm_medium: "qr",
      utm_campaign: "steun-zeist",
    });
  });

  it("names the campaign even when the visitor came without tags, and drops tags that are not plain words", () => {
    const page = new URL(
      "https://openhuis.nl/actie/steun-zeist?utm_source=%3Cscript%3E&utm_campaign=iets-anders",
    );
    const path = new URL(campaignApplicationPath("steun-zeist", page), "https://openhuis.nl");
    expect(Object.fromEntries(path.searchParams)).toEqual({
      campagne: "actie/steun-zeist",
      utm_campaign: "steun-zeist",
    });
  });
});
