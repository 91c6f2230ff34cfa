import { describe, expect, it } from "vitest";
import { campaignStructuredData } from "../../../src/domain/campaigns/campaign-structured-data";
import { serializeJsonLd } from "../../../src/domain/seo/json-ld";
import { campaign } from "./campaign-fixtures";

const site = new URL("https://openhuis.nl");
const url = "https://openhuis.nl/pleegouder-worden";

describe("structured data for a campaign page", () => {
  it("describes the page, its publisher and every question of the FAQ", () => {
    const data = campaignStructuredData(campaign("nl/pleegouder-worden"), { url, site });
    expect(data["@graph"]).toEqual([
      expect.objectContaining({ "@type": "Organization", name: "Openhuis" }),
      expect.objectContaining({ "@type": "WebPage", "@id": url, inLanguage: "nl" }),
      expect.objectContaining({
        "@type": "FAQPage",
        mainEntity: [
          {
            "@type": "Question",
            name: "Krijg ik een vergoeding?",
            acceptedAnswer: { "@type": "Answer", text: "Ja, een pleegvergoeding per dag." },
          },
        ],
      }),
    ]);
  });

  it("names the organisation of a regional variant as publisher", () => {
    const variant = campaign("nl/pleegouder-worden-in-utrecht", {
      region: "Regio Midden-Nederland",
      organisation: { name: "Pleegzorg Utrecht Stad" },
    });
    const [publisher] = campaignStructuredData(variant, { url, site })["@graph"];
    expect(publisher).toMatchObject({ name: "Pleegzorg Utrecht Stad", areaServed: "Regio Midden-Nederland" });
  });

  it("cannot end the script element it is embedded in", () => {
    const hostile = campaign("nl/pleegouder-worden", {
      faq: [{ question: "Wat als </script><script>alert(1)</script>?", answer: "Dan blijft het tekst." }],
    });
    expect(serializeJsonLd(campaignStructuredData(hostile, { url, site }))).not.toContain("</script>");
  });
});
