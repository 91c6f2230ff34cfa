import { z } from "zod";
import { rowVersion } from "../row-version";
import { multilineText } from "../text";
import { declineReasons, endReasons } from "./workflow";

const proposalId = z.uuid("Dit voorstel bestaat niet.");
const expectedVersion = rowVersion;
const optionalNote = multilineText()
  .max(2000, "Houd de toelichting kort: hoogstens 2000 tekens.")
  .nullish()
  .transform((value) => value || null);

export const shortlistSchema = z.object({
  needId: z.uuid("Deze plaatsingsvraag bestaat niet."),
  householdId: z.uuid("Dit gezin bestaat niet."),
});

export const proposeSchema = z.object({
  proposalId,
  expectedVersion,
  message: multilineText({ error: "Schrijf een bericht aan de organisatie van het gezin." })
    .min(1, "Schrijf een bericht aan de organisatie van het gezin.")
    .max(2000, "Houd het bericht kort: hoogstens 2000 tekens."),
});

export const answerSchema = z
  .object({
    proposalId,
    expectedVersion,
    answer: z.enum(["accept", "decline"], { error: "Kies of je het voorstel accepteert of afwijst." }),
    reason: z
      .enum(declineReasons, { error: "Kies een reden uit de lijst." })
      .or(z.literal(""))
      .nullish()
      .transform((value) => value || null),
    answerNote: optionalNote,
  })
  .refine((form) => form.answer === "accept" || form.reason !== null, {
    path: ["reason"],
    message: "Kies waarom je het voorstel afwijst.",
  });

export const placeSchema = z.object({ proposalId, expectedVersion });

export const endPlacementSchema = z.object({
  placementId: z.uuid("Deze plaatsing bestaat niet."),
  endReason: z.enum(endReasons, { error: "Kies waarom de plaatsing eindigt." }),
  endNote: optionalNote,
});
