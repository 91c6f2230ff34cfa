import { z } from "zod";
import { parentTypes } from "../parent-types";
import { multilineText, textLine } from "../text";
import { maxCampaignStories, storySlugPattern, unknownStoryMessage } from "./campaign-stories";

export const campaignEveningsChoices = ["region", "organisation", "none"] as const;
export type CampaignEvenings = (typeof campaignEveningsChoices)[number];

export const campaignEveningsLabels: Record<CampaignEvenings, string> = {
  region: "Alle komende bijeenkomsten in de regio",
  organisation: "Alleen de bijeenkomsten van onze organisatie",
  none: "Geen bijeenkomsten tonen",
};

const campaignFields = {
  title: textLine({ error: "Vul een titel in." })
    .min(5, "Gebruik voor de titel minstens 5 tekens.")
    .max(70, "De titel mag hoogstens 70 tekens hebben, zodat hij in zoekresultaten past."),
  slug: textLine({ error: "Vul een webadres in." })
    .toLowerCase()
    .min(3, "Gebruik voor het webadres minstens 3 tekens.")
    .max(60, "Het webadres mag hoogstens 60 tekens hebben.")
    .regex(
      /^[a-z0-9]+(-[a-z0-9]+)*$/,
      "Gebruik alleen kleine letters, cijfers en streepjes, bijvoorbeeld pleegouder-in-houten.",
    ),
  parentType: z.enum(parentTypes, { error: "Kies voor wie de campagne is." }),
  municipality: textLine().max(80, "De gemeente mag hoogstens 80 tekens hebben.").optional(),
  intro: multilineText({ error: "Vul een inleiding in." })
    .min(20, "Schrijf een inleiding van minstens 20 tekens.")
    .max(600, "De inleiding mag hoogstens 600 tekens hebben."),
  evenings: z.enum(campaignEveningsChoices, { error: "Kies welke bijeenkomsten de pagina toont." }),
  /** Slugs of parents' stories; the server checks them against the stories that exist. */
  stories: z
    .array(z.string().regex(storySlugPattern, unknownStoryMessage))
    .max(maxCampaignStories, `Kies hoogstens ${maxCampaignStories} ervaringsverhalen.`)
    .default([]),
};

const toDetails = ({ municipality, ...fields }: z.output<z.ZodObject<typeof campaignFields>>) => ({
  ...fields,
  municipality: municipality || null,
});

export type CampaignDetails = ReturnType<typeof toDetails>;

/** A new campaign. `id` is made when the form is shown, so sending it twice makes one campaign. */
export const createCampaignSchema = z
  .object({
    ...campaignFields,
    id: z.uuid("Dit formulier is verlopen. Laad de pagina opnieuw."),
    organisationId: z.uuid("Kies een organisatie."),
  })
  .transform(({ id, organisationId, ...fields }) => ({ id, organisationId, ...toDetails(fields) }));

export const updateCampaignSchema = z
  .object({ ...campaignFields, id: z.uuid("Deze campagne bestaat niet.") })
  .transform(({ id, ...fields }) => ({ id, ...toDetails(fields) }));

export type CampaignFormField = keyof typeof campaignFields | "organisationId";

export const campaignFieldLabels: Record<CampaignFormField, string> = {
  title: "Titel",
  slug: "Webadres",
  parentType: "Voor wie",
  municipality: "Gemeente",
  intro: "Inleiding",
  evenings: "Informatiebijeenkomsten",
  stories: "Ervaringsverhalen",
  organisationId: "Organisatie",
};
