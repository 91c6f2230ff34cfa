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

/** Step 1 comes before the parent type is chosen, so it holds everyone to the lowest minimum. */
export const youngestMinimumAge = Math.min(...Object.values(minimumAge));

/** Older than this is a typing mistake (1885 for 1985), not an applicant. */
export const oldestPlausibleAge = 100;

const tooYoungMessage = (age: number, minimum: number) =>
  `Pleegouder, gezinshuisouder of steunouder kun je worden vanaf ${minimum} jaar. Je bent nu ${age}. Meld je aan als je ${minimum} bent; tot die tijd kun je op een informatiebijeenkomst alvast kennismaken.`;

/** The parent types this person is too young for today, with a Dutch explanation. */
export function ageProblem(
  dateOfBirth: Date,
  chosen: readonly ParentType[],
  today: Date,
): string | undefined {
  const age = ageOn(dateOfBirth, today);
  const tooYoungFor = chosen.filter((type) => age < minimumAge[type]);
  if (tooYoungFor.length === 0) return undefined;
  return tooYoungMessage(age, Math.max(...tooYoungFor.map((type) => minimumAge[type])));
}

/** What step 1 says about a date of birth that exists but cannot be an applicant's. */
export function dateOfBirthProblem(dateOfBirth: Date, today: Date): string | undefined {
  const age = ageOn(dateOfBirth, today);
  if (age > oldestPlausibleAge) {
    return `Controleer je geboortedatum: dan ben je nu ${age} jaar. Vul hem in als dag-maand-jaar, bijvoorbeeld 15-03-1985.`;
  }
  if (age < youngestMinimumAge) return tooYoungMessage(age, youngestMinimumAge);
  return undefined;
}
