import { describe, expect, it } from "vitest";
import { chooseStories } from "../../../src/domain/recruiter-campaigns/campaign-stories";

const available = ["marieke-gezinshuisouder", "ruud-steunouder", "sanne-en-joost-pleegouders"];

describe("the stories a campaign shows", () => {
  it("are the ticked ones in the order the form lists them, each once", () => {
    expect(chooseStories(["sanne-en-joost-pleegouders", "marieke-gezinshuisouder"], available)).toEqual({
      stories: ["marieke-gezinshuisouder", "sanne-en-joost-pleegouders"],
    });
    expect(chooseStories(["ruud-steunouder", "ruud-steunouder"], available)).toEqual({
      stories: ["ruud-steunouder"],
    });
    expect(chooseStories([], available)).toEqual({ stories: [] });
  });

  it("name the first one that does not exist", () => {
    expect(chooseStories(["ruud-steunouder", "bestaat-niet", "ook-niet"], available)).toEqual({
      unknown: "bestaat-niet",
    });
  });
});
