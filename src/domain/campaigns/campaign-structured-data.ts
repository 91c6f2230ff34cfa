import type { Campaign } from "./campaign";

interface PageAddress {
  /** The canonical URL of the campaign page. */
  url: string;
  site: URL;
}

/** schema.org data for a campaign page: the page, who publishes it and its questions and answers. */
export function campaignStructuredData({ locale, content }: Campaign, { url, site }: PageAddress) {
  const publisher = content.organisation
    ? {
        "@type": "Organization",
        "@id": `${url}#organisation`,
        name: content.organisation.name,
        url: content.organisation.url,
        areaServed: content.region,
      }
    : {
        "@type": "Organization",
        "@id": new URL("/#organisation", site).href,
        name: "Openhuis",
        url: site.href,
      };
  return {
    "@context": "https://schema.org",
    "@graph": [
      publisher,
      {
        "@type": "WebPage",
        "@id": url,
        url,
        name: content.title,
        description: content.description,
        inLanguage: locale,
        publisher: { "@id": publisher["@id"] },
      },
      {
        "@type": "FAQPage",
        "@id": `${url}#faq`,
        inLanguage: locale,
        isPartOf: { "@id": url },
        mainEntity: content.faq.map(({ question, answer }) => ({
          "@type": "Question",
          name: question,
          acceptedAnswer: { "@type": "Answer", text: answer },
        })),
      },
    ],
  };
}
