import { type FormMessages, nlFormMessages } from "../i18n/dictionaries/nl-form-messages";
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

type DateOfBirthMessages = FormMessages["application"]["dateOfBirth"];

/** The parent types this person is too young for today, explained (in Dutch unless told otherwise). */
export function ageProblem(
  dateOfBirth: Date,
  chosen: readonly ParentType[],
  today: Date,
  messages: DateOfBirthMessages = nlFormMessages.application.dateOfBirth,
): string | undefined {
  const age = ageOn(dateOfBirth, today);
  const tooYoungFor = chosen.filter((type) => age < minimumAge[type]);
  if (tooYoungFor.length === 0) return undefined;
  return messages.tooYoung(age, Math.max(...tooYoungFor.map((type) => minimumAge[type])));
}

/** What step 1 says about a date of birth that exists but cannot be an applicant's. */
export function dateOfBirthProblem(
  dateOfBirth: Date,
  today: Date,
  messages: DateOfBirthMessages = nlFormMessages.application.dateOfBirth,
): string | undefined {
  const age = ageOn(dateOfBirth, today);
  if (age > oldestPlausibleAge) return messages.implausible(age);
  if (age < youngestMinimumAge) return messages.tooYoung(age, youngestMinimumAge);
  return undefined;
}
