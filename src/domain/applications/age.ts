import type { ParentType } from "./options";

/**
 * Jeugdwet art. 5.1: a foster parent is 21 or older; providers hold family-home and support parents
 * to the same, as the campaign pages and the eligibility check say.
 */
export const minimumAge: Record<ParentType, number> = { foster: 21, family_home: 21, support: 21 };

export function ageOn(dateOfBirth: Date, today: Date): number {
  let age = today.getUTCFullYear() - dateOfBirth.getUTCFullYear();
  const beforeBirthday =
    today.getUTCMonth() < dateOfBirth.getUTCMonth() ||
    (today.getUTCMonth() === dateOfBirth.getUTCMonth() && today.getUTCDate() < dateOfBirth.getUTCDate());
  if (beforeBirthday) age--;
  return age;
}

/** The parent types this person is too young for today, with a Dutch explanation. */
export function ageProblem(
  dateOfBirth: Date,
  chosen: readonly ParentType[],
  today: Date,
): string | undefined {
  const age = ageOn(dateOfBirth, today);
  const tooYoungFor = chosen.filter((type) => age < minimumAge[type]);
  if (tooYoungFor.length === 0) return undefined;
  return `Pleegouder, gezinshuisouder of steunouder kun je worden vanaf 21 jaar. Je bent nu ${age}. Meld je aan als je 21 bent; tot die tijd kun je op een informatiebijeenkomst alvast kennismaken.`;
}
