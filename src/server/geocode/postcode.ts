/**
 * Dutch postcodes: four digits 1000–9999, then two letters. PostNL never issues SA, SD and SS
 * (for their connotations in the Second World War).
 */
const postcodePattern = /^([1-9][0-9]{3})\s?([A-Z]{2})$/;
const postcode4Pattern = /^[1-9][0-9]{3}$/;
const unusedLetters = new Set(["SA", "SD", "SS"]);

/** "3511 ab" → "3511AB"; null when it is not a Dutch postcode. */
export function normalizePostcode(input: string): string | null {
  const match = postcodePattern.exec(input.trim().toUpperCase());
  if (!match) return null;
  const [, digits, letters] = match;
  if (unusedLetters.has(letters)) return null;
  return `${digits}${letters}`;
}

export function isPostcode(input: string): boolean {
  return normalizePostcode(input) !== null;
}

/** The postcode-4 area of a full postcode ("3511 AB" → "3511"), or a bare area ("3511"). */
export function postcode4Of(input: string): string | null {
  const trimmed = input.trim();
  if (postcode4Pattern.test(trimmed)) return trimmed;
  return normalizePostcode(trimmed)?.slice(0, 4) ?? null;
}

/** "12", "12a", "12-2", "12 bis" → 12; null when the house number does not start with 1–99999. */
export function houseNumberOf(input: string): number | null {
  const match = /^\s*([1-9][0-9]{0,4})(?![0-9])/.exec(input);
  return match ? Number(match[1]) : null;
}
