import { z } from "zod";
import { textLine } from "../text";

/**
 * Where a child's school or parents are, as precisely as matching needs and no more: a postcode-4
 * area ("3511", or a full postcode of which only the area is kept) or a place name.
 */
export type NeedLocation = { kind: "postcode4"; postcode4: string } | { kind: "place"; place: string };

const postcodePattern = /^([1-9][0-9]{3})\s?([A-Za-z]{2})?$/;
// Letters, spaces, hyphens and apostrophes; a place may start with 's- or 't ('s-Hertogenbosch).
const placePattern = /^(?:'[st][ -])?\p{L}[\p{L}' .-]{1,70}$/u;

export function parseNeedLocation(input: string): NeedLocation | undefined {
  const trimmed = input.trim().replace(/\s+/g, " ");
  const postcode = postcodePattern.exec(trimmed);
  if (postcode) return { kind: "postcode4", postcode4: postcode[1] };
  if (placePattern.test(trimmed)) return { kind: "place", place: trimmed };
  return undefined;
}

/** How a location is stored and shown: the area's four digits, or the place name. */
export const needLocationText = (location: NeedLocation) =>
  location.kind === "postcode4" ? location.postcode4 : location.place;

// Nullish: a form sends an empty field as null when the field's schema is not plainly optional.
export const needLocationField = textLine()
  .max(80, "Vul hoogstens 80 tekens in.")
  .nullish()
  .transform((value, ctx) => {
    if (!value) return undefined;
    const location = parseNeedLocation(value);
    if (!location) {
      ctx.addIssue({
        code: "custom",
        message: "Vul een postcode in (bijvoorbeeld 3511 of 3511 AB) of een plaatsnaam (bijvoorbeeld Zeist).",
      });
      return z.NEVER;
    }
    return location;
  });
